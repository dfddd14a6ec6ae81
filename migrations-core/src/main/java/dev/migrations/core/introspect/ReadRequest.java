package dev.migrations.core.introspect;

import java.util.List;

/**
 * What to read: the default schema (its tables are reported with schema {@code null}), further schemas
 * (reported by name) and the table filter.
 *
 * @param defaultSchema the schema whose tables have no schema in the model
 * @param otherSchemas  further schemas to read
 * @param filter        which tables to return
 */
public record ReadRequest(String defaultSchema, List<String> otherSchemas, TableFilter filter) {

    public ReadRequest {
        otherSchemas = List.copyOf(otherSchemas);
    }

    /** The schema name the model uses for a table or sequence in {@code schema}. */
    public String modelSchema(String schema) {
        return schema == null || schema.equals(defaultSchema) ? null : schema;
    }
}

package dev.migrations.core.database.generic;

import dev.migrations.core.introspect.SqlToken;
import dev.migrations.core.introspect.SqlTokenizer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What JDBC metadata (and so SchemaCrawler without a database plugin) does not tell, read with the database's own
 * catalogue SQL: unique constraints, the indexes that back constraints, check constraints and sequences. The
 * standard's {@code INFORMATION_SCHEMA} serves most databases (HSQLDB, H2, PostgreSQL, MySQL, SQL Server); Derby
 * has its {@code SYS} tables instead. A database that has neither gives no such rows: its unique constraints then
 * read as unique indexes, and its checks and sequences are not seen.
 */
interface CatalogQueries {

    /** A unique constraint: its columns, or the name of the index that holds them when only that is known. */
    record UniqueRow(String schema, String table, String name, List<String> columns, String backingIndex) {
    }

    /** A check constraint with its clause as the database stores it. */
    record CheckRow(String schema, String table, String name, String clause) {
    }

    /** A sequence. */
    record SequenceRow(String schema, String name, long start, int increment) {
    }

    /** What was read; each part empty when the database could not say. */
    record Constraints(List<UniqueRow> uniques, List<CheckRow> checks, List<SequenceRow> sequences,
                       Map<String, Set<String>> backingIndexesBySchema) {

        /** Whether the index of this name in this schema backs a constraint (a key, a unique or foreign key). */
        boolean backsConstraint(String schema, String index) {
            return backingIndexesBySchema.getOrDefault(schema, Set.of()).contains(index);
        }
    }

    /** Reads the constraints and sequences of the given schemas. */
    Constraints read(Connection connection, List<String> schemas) throws SQLException;

    static CatalogQueries forProduct(ProductTraits traits) {
        return traits.name().equals("Apache Derby") ? new DerbyCatalogQueries() : new StandardCatalogQueries();
    }

    /**
     * A check clause without qualifiers on its column names: HSQLDB stores {@code PUBLIC.T.ST IN ('A')} for
     * {@code st in ('A')}, and the model writes names alone.
     */
    static String withoutQualifiers(String clause) {
        List<SqlToken> tokens = SqlTokenizer.tokenize(clause);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).isIdentifier() && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isIdentifier()
                    && (i == 0 || !tokens.get(i - 1).isSymbol("."))) {
                int last = i + 2;
                while (last + 2 < tokens.size() && tokens.get(last + 1).isSymbol(".")
                        && tokens.get(last + 2).isIdentifier()) {
                    last += 2;
                }
                out.append(clause, copied, tokens.get(i).start());
                copied = tokens.get(last).start();
                i = last;
            }
        }
        return out.append(clause.substring(copied)).toString();
    }
}

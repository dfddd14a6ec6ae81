package dev.migrations.core.introspect;

import java.util.List;

/**
 * A table as the database's catalogue lists it (name, comment, columns as declared), before the
 * database-specific reading of keys, indexes and checks that the per-database readers add.
 *
 * @param schema  the schema name, or {@code null} where the database has none (SQLite)
 * @param name    the table name
 * @param remarks the table comment, or {@code null}
 * @param columns the columns in table order
 */
public record CrawledTable(String schema, String name, String remarks, List<CrawledColumn> columns) {

    public CrawledTable {
        columns = List.copyOf(columns);
    }

    /**
     * A column as the JDBC metadata reports it.
     *
     * @param name            the column name
     * @param typeName        the type name the driver reports
     * @param size            the column size (length or precision)
     * @param digits          the decimal digits (scale, or fractional-second precision)
     * @param nullable        whether the column accepts {@code null}
     * @param defaultValue    the raw default expression, or {@code null}
     * @param autoIncremented whether the database generates the value
     * @param remarks         the column comment, or {@code null}
     */
    public record CrawledColumn(String name, String typeName, int size, int digits, boolean nullable, String defaultValue,
                         boolean autoIncremented, String remarks) {
    }
}

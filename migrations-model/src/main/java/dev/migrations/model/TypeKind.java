package dev.migrations.model;

/**
 * The logical kind of a column type, independent of any database. Dialects render each kind
 * (PostgreSQL renders {@link #TINYINT} as {@code smallint}, SQLite renders {@link #UUID} as {@code blob})
 * and map reflected types back to it.
 */
public enum TypeKind {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    /** Single precision floating point ({@code float(24)}, {@code real}). */
    FLOAT,
    /** Double precision floating point ({@code float(53)}, {@code double precision}). */
    DOUBLE,
    /** Exact numeric with precision and scale. */
    DECIMAL,
    /** Fixed-length character string with a length. */
    CHAR,
    /** Variable-length character string with a length. */
    VARCHAR,
    /** Character large object ({@code @Lob String}). */
    CLOB,
    /** Fixed-length binary with a length. */
    BINARY,
    /** Variable-length binary with a length. */
    VARBINARY,
    /** Binary large object ({@code @Lob byte[]}). */
    BLOB,
    DATE,
    /** Time of day; precision is the fractional-second digits. */
    TIME,
    /** Timestamp without time zone; precision is the fractional-second digits. */
    TIMESTAMP,
    /** Timestamp with time zone; precision is the fractional-second digits. */
    TIMESTAMP_TZ,
    UUID,
    /** A type known only by its {@code columnDefinition}; the definition is used verbatim. */
    OTHER
}

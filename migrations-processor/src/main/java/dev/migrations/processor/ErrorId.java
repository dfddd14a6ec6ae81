package dev.migrations.processor;

/** The processor's stable error ids; docs/errors/PROC.md describes each. */
enum ErrorId {
    /** An unexpected failure inside the processor. */
    INTERNAL("PROC-001"),
    /** A Java type with no known column type. */
    UNKNOWN_TYPE("PROC-002"),
    /** An attribute converter whose database type cannot be told. */
    CONVERTER_TYPE("PROC-003"),
    /** An entity without an identifier. */
    MISSING_ID("PROC-004"),
    /** A relationship whose target is not an entity. */
    NOT_AN_ENTITY("PROC-005"),
    /** Two attributes or entities mapping one column differently. */
    COLUMN_CONFLICT("PROC-006"),
    /** A name in an annotation that matches no column. */
    UNKNOWN_COLUMN("PROC-007"),
    /** An unsupported option value. */
    BAD_OPTION("PROC-008"),
    /** A mapping Hibernate rejects or this processor does not support. */
    UNSUPPORTED_MAPPING("PROC-009"),
    /** A {@code mappedBy} that names no attribute of the target. */
    BAD_MAPPED_BY("PROC-010"),
    /** A {@code @JdbcTypeCode} this processor has no column type for. */
    UNKNOWN_JDBC_TYPE("PROC-011"),
    /** The model resource could not be read or written. */
    IO("PROC-012"),
    /** An {@code @Entity} that is a record, an interface or an enum. */
    ENTITY_NOT_A_CLASS("PROC-013"),
    /** A {@code @RenamedFrom} without a usable name, or one that has no effect where it is. */
    RENAME_HINT("PROC-014");

    private final String code;

    ErrorId(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}

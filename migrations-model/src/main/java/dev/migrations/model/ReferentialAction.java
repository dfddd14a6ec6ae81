package dev.migrations.model;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
    NO_ACTION("no action"),
    RESTRICT("restrict"),
    CASCADE("cascade"),
    SET_NULL("set null"),
    SET_DEFAULT("set default");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL spelling, for example {@code set null}. */
    public String sql() {
        return sql;
    }
}

package dev.migrations.core.dialect;

/**
 * A step of a plan that a reviewer must look at before applying it: it loses data, depends on the data, or
 * changes how the database behaves. Each kind has a stable code (Atlas-style: {@code DS} destructive, {@code DD}
 * data-dependent, {@code BC} behaviour change, {@code RN} rename, {@code NM} naming) that scripts, logs and
 * {@code check} print, so CI can look for it.
 *
 * <pre>{@code
 * plan.warnings().stream()
 *         .filter(w -> w.kind().code().startsWith("DS"))
 *         .forEach(w -> log.warn(w.line()));      // "DS102 (upgrade): column 'students.fax' is dropped …"
 * }</pre>
 *
 * @param kind      what sort of risk it is
 * @param message   what happens and what to do, for the log
 * @param downgrade whether the step is in the downgrade section (else the upgrade)
 */
public record PlanWarning(Kind kind, String message, boolean downgrade) {

    /** A warning of the upgrade section. */
    public PlanWarning(Kind kind, String message) {
        this(kind, message, false);
    }

    /** The same warning, of the downgrade section. */
    public PlanWarning inDowngrade() {
        return new PlanWarning(kind, message, true);
    }

    /** {@code DS102 (upgrade): …}: the code, the section and the message, on one line. */
    public String line() {
        return kind.code() + " (" + (downgrade ? "downgrade" : "upgrade") + "): " + message.replace("\n", " ");
    }

    /** The sorts of risk a plan can carry, each with its stable code. */
    public enum Kind {
        /** A table is dropped with its rows; the reverse recreates it empty. */
        DROP_TABLE("DS101"),
        /** A column is dropped with its values; the reverse adds it back empty. */
        DROP_COLUMN("DS102"),
        /** An index or a unique constraint is dropped: queries may slow down, duplicates become possible. */
        DROP_INDEX("DS103"),
        /** A primary key, check or foreign key is dropped: the database stops enforcing it. */
        DROP_CONSTRAINT("DS104"),
        /** A sequence is dropped; the reverse starts it again from its start value. */
        DROP_SEQUENCE("DS105"),
        /** A NOT NULL column without a default is added to a table that may hold rows. */
        NOT_NULL_WITHOUT_DEFAULT("DD101"),
        /** NOT NULL is set on an existing column; the step fails if a row holds null. */
        NOT_NULL_ON_EXISTING("DD102"),
        /** A type becomes narrower; values that do not fit fail or are cut. */
        NARROWING("DD103"),
        /** A primary key, unique constraint or unique index is added; the step fails on duplicates. */
        NEW_UNIQUE("DD104"),
        /** A check is added or changed (an enum's values among them); the step fails on rows outside it. */
        NEW_CHECK("DD105"),
        /** A foreign key is added; the step fails on rows that point nowhere. */
        NEW_FOREIGN_KEY("DD106"),
        /**
         * A NOT NULL column without a default is added, and no value for the existing rows satisfies what follows
         * (a foreign key, a key of its own, a type without a neutral value): the step carries a note and a guard.
         */
        NO_VALUE_FOR_ROWS("DD107"),
        /** A type keeps its values but changes their meaning: case sensitivity, time zone, exactness. */
        TYPE_MEANING("BC101"),
        /** A column is dropped and another of the same type added in one table: maybe a rename, which loses data. */
        POSSIBLE_RENAME("RN101"),
        /** A name is a reserved word; it is quoted in this SQL, but the ORM must quote it too. */
        RESERVED_WORD("NM101");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The stable code, for example {@code DS102}. */
        public String code() {
            return code;
        }
    }
}

package dev.migrations.core.dialect;

/**
 * Something in a plan that a reviewer must look at before applying it.
 *
 * <pre>{@code
 * plan.warnings().stream()
 *         .filter(w -> w.kind() == PlanWarning.Kind.DESTRUCTIVE)
 *         .forEach(w -> log.warn(w.message()));
 * }</pre>
 *
 * @param kind    what sort of risk it is
 * @param message what happens and what to do, for the log
 */
public record PlanWarning(Kind kind, String message) {

    /** The sorts of risk a plan can carry. */
    public enum Kind {
        /** Rows or a column are removed; the downgrade cannot bring the data back. */
        DESTRUCTIVE,
        /** A NOT NULL column without a default is added to a table that may hold rows. */
        NOT_NULL_WITHOUT_DEFAULT,
        /** NOT NULL is set on an existing column; the upgrade fails if a row holds null. */
        NOT_NULL_ON_EXISTING,
        /** A type becomes narrower; values that do not fit fail or are cut. */
        NARROWING,
        /** A name is a reserved word; it is quoted in this SQL, but the ORM must quote it too. */
        RESERVED_WORD
    }
}

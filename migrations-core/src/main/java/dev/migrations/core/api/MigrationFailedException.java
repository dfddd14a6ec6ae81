package dev.migrations.core.api;

import java.util.List;

/**
 * A statement of a revision failed while running. The message names the file, the statement with its line and
 * the database's message, and says what state the database is left in; {@link #completed()} lists the
 * revisions that ran before the failure and stay applied. {@link #userError()} is {@code false}.
 *
 * <pre>{@code
 * try {
 *     migrations.upgrade("head");
 * } catch (MigrationFailedException e) {
 *     log.error(e.getMessage());                       // file:line, statement, database message, way out
 *     log.info("Still applied: " + e.completed());
 * }
 * }</pre>
 */
public class MigrationFailedException extends MigrationsException {

    private final List<MigrationStep> completed;

    public MigrationFailedException(String id, String message, List<MigrationStep> completed, Throwable cause) {
        super(id, message, false, cause);
        this.completed = List.copyOf(completed);
    }

    /**
     * The same failure with {@code more} (which may hold {@link Phrasing.Advice} marks) added to its message:
     * for a caller that knows more about why it failed than the runner.
     */
    public MigrationFailedException withMoreAdvice(String more) {
        MigrationFailedException e = new MigrationFailedException(id(), advice() + more, completed, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The revisions that completed before the failure (they stay applied, or reverted for a downgrade). */
    public List<MigrationStep> completed() {
        return completed;
    }
}

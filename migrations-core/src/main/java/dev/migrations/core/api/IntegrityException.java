package dev.migrations.core.api;

/**
 * An applied revision whose script changed or disappeared. The message names the file and the way out (restore it,
 * or stamp).
 *
 * <pre>{@code
 * catch (IntegrityException e) { log.error(e.getMessage()); }   // "[INTEGRITY-002] …", then what to do
 * }</pre>
 * {@link #userError()} is {@code true}.
 */
public class IntegrityException extends MigrationsException {

    public IntegrityException(String id, String message) {
        super(id, message, true, null);
    }

    public IntegrityException(String id, String message, Throwable cause) {
        super(id, message, true, cause);
    }
}

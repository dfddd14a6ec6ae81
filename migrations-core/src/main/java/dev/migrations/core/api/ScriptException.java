package dev.migrations.core.api;

/**
 * Malformed or inconsistent revision files, or a target or range that does not resolve. The message names the file
 * and line, or the target.
 *
 * <pre>{@code
 * catch (ScriptException e) { log.error(e.getMessage()); }   // "[SCRIPT-022] …", then what to do
 * }</pre>
 * {@link #userError()} is {@code true}.
 */
public class ScriptException extends MigrationsException {

    public ScriptException(String id, String message) {
        super(id, message, true, null);
    }

    public ScriptException(String id, String message, Throwable cause) {
        super(id, message, true, cause);
    }
}

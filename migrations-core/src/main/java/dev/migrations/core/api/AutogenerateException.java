package dev.migrations.core.api;

/**
 * Autogenerate or {@code check} cannot compare the model with the database: the model is missing or unreadable,
 * or the database is not at the scripts' head. {@link #userError()} is {@code true}: the message says what to run
 * first ({@code mvn compile}, {@code mvn migrations:upgrade}, {@code mvn migrations:merge}).
 *
 * <pre>{@code
 * catch (AutogenerateException e) { log.error(e.getMessage()); }   // "[AUTOGEN-003] The database is at …"
 * }</pre>
 */
public class AutogenerateException extends MigrationsException {

    public AutogenerateException(String id, String message) {
        super(id, message, true, null);
    }

    public AutogenerateException(String id, String message, Throwable cause) {
        super(id, message, true, cause);
    }
}

package dev.migrations.core.api;

/**
 * The database cannot be reached or used: a missing JDBC driver (the message names its Maven coordinates), a
 * failed connection, a lock that could not be taken.
 *
 * <pre>{@code
 * catch (DatabaseException e) { log.error(e.getMessage()); }   // "[DB-001] …", then what to do
 * }</pre>
 * {@link #userError()} is {@code false}.
 */
public class DatabaseException extends MigrationsException {

    public DatabaseException(String id, String message) {
        super(id, message, false, null);
    }

    public DatabaseException(String id, String message, Throwable cause) {
        super(id, message, false, cause);
    }
}

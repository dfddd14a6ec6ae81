package dev.migrations.core.api;

/**
 * Receives the engine's progress lines as they happen, Alembic style
 * ({@code Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email (12 ms)}). Lines never contain passwords.
 *
 * <pre>{@code
 * Migrations.configure().listener(new MigrationListener() {
 *     public void info(String line) { System.out.println(line); }
 * })
 * }</pre>
 */
public interface MigrationListener {

    /** A listener that drops every line. */
    MigrationListener SILENT = new MigrationListener() { };

    /** What is happening (a revision applied, a table created). */
    default void info(String line) {
    }

    /** Something the user should look at, though the command goes on. */
    default void warn(String line) {
    }

    /** Detail for diagnosis (statements executed, lock waits). */
    default void debug(String line) {
    }
}

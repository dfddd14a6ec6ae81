package dev.migrations.core.introspect;

/**
 * Reading the database's schema failed. The message starts with a stable id in brackets
 * ({@code [INTROSPECT-003] …}) and says what to do; {@link #id()} returns the id alone. The ids are listed in
 * {@code docs/errors/INTROSPECT.md}.
 *
 * <pre>{@code
 * try {
 *     Schema live = SchemaReader.defaults().read(connection);
 * } catch (IntrospectionException e) {
 *     log.error(e.getMessage());     // "[INTROSPECT-001] …"
 * }
 * }</pre>
 */
public class IntrospectionException extends RuntimeException {

    private final String id;

    public IntrospectionException(String id, String message, Throwable cause) {
        super("[" + id + "] " + message, cause);
        this.id = id;
    }

    /** The stable error id, for example {@code INTROSPECT-001}. */
    public String id() {
        return id;
    }
}

package dev.migrations.core.api;

/**
 * Base of every error the engine reports to a user. The message starts with the stable id in brackets
 * ({@code [SCRIPT-004] …}) and says what to do; {@link #userError()} tells a caller whether the input was wrong
 * (bad configuration, malformed scripts, bad targets) or the environment failed (database, I/O).
 *
 * <pre>{@code
 * try {
 *     migrations.upgrade("head");
 * } catch (MigrationsException e) {
 *     log.error(e.getMessage());          // "[RUN-001] Revision … failed …"
 *     if (e.userError()) { … }            // fix input, then retry
 * }
 * }</pre>
 */
public class MigrationsException extends RuntimeException {

    private final String id;
    private final boolean userError;
    private final String advice;

    /**
     * @param message what went wrong and what to do; settings and commands in it are {@link Phrasing.Advice}
     *                marks, phrased by {@link #message(Phrasing)}
     */
    protected MigrationsException(String id, String message, boolean userError, Throwable cause) {
        super("[" + id + "] " + Phrasing.NEUTRAL.render(message), cause);
        this.id = id;
        this.userError = userError;
        this.advice = message;
    }

    /**
     * The message with settings and commands phrased for a front end; {@link #getMessage()} is
     * {@code message(Phrasing.NEUTRAL)}.
     */
    public String message(Phrasing phrasing) {
        return "[" + id + "] " + phrasing.render(advice);
    }

    /** The message as given, with its {@link Phrasing.Advice} marks, for an exception that adds to it. */
    protected String advice() {
        return advice;
    }

    /** The stable error id, for example {@code SCRIPT-004}; catalogued under {@code docs/errors/}. */
    public String id() {
        return id;
    }

    /** {@code true} when the user's input is wrong (fix and retry); {@code false} when running failed. */
    public boolean userError() {
        return userError;
    }
}

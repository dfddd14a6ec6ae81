package dev.migrations.maven;

import dev.migrations.core.api.MigrationsException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns core's errors into Maven's: the user's input was wrong ({@link MigrationsException#userError()}: bad
 * configuration, malformed scripts, bad targets, changed applied scripts) is a {@link MojoFailureException};
 * running failed (database, I/O) is a {@link MojoExecutionException}. The message, which starts with the
 * catalogued id and says what to do, names settings and commands as Maven users type them
 * ({@link MavenPhrasing}); the cause is kept.
 *
 * <p>Maven's failure line adds every cause's message that the line does not already contain. Core's own message
 * is the same text phrased for any caller ("run the history command" where Maven users read
 * {@code mvn migrations:history}), so it would be printed a second time: the core exception is therefore kept as
 * a suppressed exception (shown with {@code -e}), its stack trace is the failure's own, and the failure's cause
 * is what core's exception was caused by (the database's error, say).
 *
 * <pre>{@code
 * try {
 *     migrations.upgrade(target);
 * } catch (MigrationsException e) {
 *     throw MavenFailures.of(e);
 * }
 * }</pre>
 */
final class MavenFailures {

    private MavenFailures() {
    }

    static Exception of(MigrationsException e) {
        String message = e.message(MavenPhrasing.INSTANCE);
        Exception failure = e.userError()
                ? new MojoFailureException(message, e.getCause())
                : new MojoExecutionException(message, e.getCause());
        failure.setStackTrace(e.getStackTrace());
        failure.addSuppressed(e);
        return failure;
    }

    /** Throws {@link #of(MigrationsException)}. */
    static void rethrow(MigrationsException e) throws MojoFailureException, MojoExecutionException {
        Exception failure = of(e);
        if (failure instanceof MojoFailureException userError) {
            throw userError;
        }
        throw (MojoExecutionException) failure;
    }
}

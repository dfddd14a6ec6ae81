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
        return e.userError()
                ? new MojoFailureException(e.message(MavenPhrasing.INSTANCE), e)
                : new MojoExecutionException(e.message(MavenPhrasing.INSTANCE), e);
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

package dev.migrations.maven;

import dev.migrations.core.api.RevisionInfo;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists revisions newest first, one line each, with the database's current revisions marked {@code (current)}.
 *
 * <p>Examples: {@code mvn migrations:history}; {@code mvn migrations:history -Dmigrations.range=1a2b:head
 * -Dmigrations.verbose}.
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractMigrationsMojo {

    /** Only the revisions between two ends, {@code a:b} (either end may be empty, base or head). */
    @Parameter(property = "migrations.range")
    String range;

    /** Prints each revision's header, children and path instead of one line. */
    @Parameter(property = "migrations.verbose", defaultValue = "false")
    boolean verbose;

    /** {@code text} (default) or {@code json}: one JSON document on standard output, for tools (with {@code -q}). */
    @Parameter(property = "migrations.format", defaultValue = "text")
    String format;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.CONNECT;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        String between = overrides.string("range", range);
        boolean detailed = overrides.flag("verbose", verbose);
        Answer answer = Answer.of(getLog(), overrides.string("format", format));
        return migrations -> {
            List<RevisionInfo> revisions = migrations.history(between);
            if (answer.json()) {
                answer.document(Answer.revisions(revisions));
                return;
            }
            if (revisions.isEmpty()) {
                answer.line(between == null || between.isBlank()
                        ? "No revisions yet: create one with mvn migrations:revision -Dmigrations.message=\"…\""
                        : "No revisions in range " + between);
                return;
            }
            RevisionLines.print(answer, revisions, detailed);
        };
    }
}

package dev.migrations.maven;

import dev.migrations.core.api.CurrentResult;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the revisions the database is at: {@code Current revision(s): 9f8e7d6c5b4a (head), add email}.
 * Creates nothing (not even the version table).
 *
 * <p>Examples: {@code mvn migrations:current}; {@code mvn migrations:current -Dmigrations.verbose} (every header
 * field and the script's path).
 */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends AbstractMigrationsMojo {

    /** Prints each current revision's header, children and path. */
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
        boolean detailed = overrides.flag("verbose", verbose);
        Answer answer = Answer.of(getLog(), overrides.string("format", format));
        return migrations -> {
            CurrentResult result = migrations.current();
            if (answer.json()) {
                answer.document(Answer.current(result));
            } else if (!result.versionTableExists()) {
                answer.line("Current revision(s): none (no version table)");
            } else if (result.heads().isEmpty() && result.unknown().isEmpty()) {
                answer.line("Current revision(s): none (<base>)");
            } else if (detailed) {
                answer.line("Current revision(s):");
                RevisionLines.print(answer, result.heads(), true);
            } else {
                answer.line("Current revision(s): " + result.heads().stream().map(RevisionLines::brief)
                        .collect(Collectors.joining("; ")));
            }
            for (String unknown : result.unknown()) {
                getLog().warn("Revision " + unknown + " is recorded as applied, but no script defines it: restore"
                        + " its script, or re-stamp with mvn migrations:stamp -Dmigrations.target=<revision>");
            }
        };
    }
}

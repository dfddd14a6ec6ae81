package dev.migrations.maven;

import dev.migrations.core.api.RevisionInfo;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the head revisions of the scripts (several heads mean unmerged branches: see {@code migrations:merge}).
 * Reads scripts only.
 *
 * <p>Examples: {@code mvn migrations:heads}; {@code mvn migrations:heads -Dmigrations.verbose}.
 */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractMigrationsMojo {

    /** Prints each head's header, children and path instead of one line. */
    @Parameter(property = "migrations.verbose", defaultValue = "false")
    boolean verbose;

    /** {@code text} (default) or {@code json}: one JSON document on standard output, for tools (with {@code -q}). */
    @Parameter(property = "migrations.format", defaultValue = "text")
    String format;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.NONE;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        boolean detailed = overrides.flag("verbose", verbose);
        Answer answer = Answer.of(getLog(), overrides.string("format", format));
        return migrations -> {
            List<RevisionInfo> heads = migrations.heads();
            if (answer.json()) {
                answer.document(Answer.revisions(heads));
                return;
            }
            if (heads.isEmpty()) {
                answer.line("No revisions yet: create one with mvn migrations:revision -Dmigrations.message=\"…\"");
                return;
            }
            RevisionLines.print(answer, heads, detailed);
            if (heads.size() > 1) {
                getLog().info(RevisionLines.plural(heads.size(), "head") + ": join them with"
                        + " mvn migrations:merge -Dmigrations.message=\"merge\"");
            }
        };
    }
}

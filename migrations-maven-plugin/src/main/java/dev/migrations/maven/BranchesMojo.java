package dev.migrations.maven;

import dev.migrations.core.api.RevisionInfo;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the branch points (revisions with several children) and the branches leaving each. Reads scripts only.
 *
 * <p>Examples: {@code mvn migrations:branches}.
 */
@Mojo(name = "branches", threadSafe = true)
public class BranchesMojo extends AbstractMigrationsMojo {

    /** Prints each branch point's header and path instead of one line. */
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
            List<RevisionInfo> branchPoints = migrations.branches();
            if (answer.json()) {
                answer.document(Answer.revisions(branchPoints));
                return;
            }
            if (branchPoints.isEmpty()) {
                answer.line("No branch points: the revisions form a single line");
                return;
            }
            for (RevisionInfo branchPoint : branchPoints) {
                RevisionLines.print(answer, List.of(branchPoint), detailed);
                for (String child : branchPoint.children()) {
                    answer.line("    -> " + child);
                }
            }
        };
    }
}

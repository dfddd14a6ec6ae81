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

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.NONE;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        boolean detailed = overrides.flag("verbose", verbose);
        return migrations -> {
            List<RevisionInfo> branchPoints = migrations.branches();
            if (branchPoints.isEmpty()) {
                getLog().info("No branch points: the revisions form a single line");
                return;
            }
            for (RevisionInfo branchPoint : branchPoints) {
                RevisionLines.print(getLog(), List.of(branchPoint), detailed);
                for (String child : branchPoint.children()) {
                    getLog().info("    -> " + child);
                }
            }
        };
    }
}

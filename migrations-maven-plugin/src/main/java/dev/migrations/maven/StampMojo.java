package dev.migrations.maven;

import dev.migrations.core.api.StampResult;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records a revision as applied without running any SQL (for a database created another way, or after a script
 * was knowingly edited). With {@code purge} the version table is cleared first.
 *
 * <p>Examples: {@code mvn migrations:stamp -Dmigrations.target=head}; {@code mvn migrations:stamp
 * -Dmigrations.target=1a2b -Dmigrations.purge}.
 */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractMigrationsMojo {

    /** The revision to record: head, heads, base, or a revision id or unique prefix. Required. */
    @Parameter(property = "migrations.target")
    String target;

    /** Clears the version table before stamping. */
    @Parameter(property = "migrations.purge", defaultValue = "false")
    boolean purge;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.CONNECT;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        String to = overrides.string("target", target);
        boolean clear = overrides.flag("purge", purge);
        if (to == null || to.isBlank()) {
            throw new MojoFailureException("[CONFIG-105] migrations:stamp needs a target: mvn migrations:stamp"
                    + " -Dmigrations.target=head (or base, heads, a revision id), or <target> in the plugin"
                    + " configuration.");
        }
        return migrations -> {
            // core logs "Stamped <heads> (was <heads>)"; the details are the goal's to print
            StampResult result = migrations.stamp(to, clear);
            list("recorded as applied", result.added());
            list("no longer recorded", result.removed());
            list("checksum recorded again", result.refreshed());
        };
    }

    private void list(String what, List<String> revisions) {
        if (!revisions.isEmpty()) {
            getLog().info("  " + what + ": " + String.join(", ", revisions));
        }
    }
}

package dev.migrations.maven;

import dev.migrations.core.api.DowngradeResult;
import dev.migrations.core.api.MigrationStep;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs downgrade sections down to a target, under the database lock.
 *
 * <p>Examples: {@code mvn migrations:downgrade} (one revision back: -1); {@code mvn migrations:downgrade
 * -Dmigrations.target=base} (everything); {@code mvn migrations:downgrade -Dmigrations.target=1a2b3c4d5e6f}.
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractMigrationsMojo {

    /** Where to go: -N (steps back), base, or a revision id or unique prefix (4+ characters). */
    @Parameter(property = "migrations.target", defaultValue = "-1")
    String target;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.CONNECT;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) {
        String to = overrides.string("target", target);
        return migrations -> {
            DowngradeResult result = migrations.downgrade(to);
            if (result.reverted().isEmpty()) {
                return; // core has said so
            }
            long elapsed = result.reverted().stream().mapToLong(MigrationStep::elapsedMs).sum();
            getLog().info("Downgraded " + RevisionLines.ids(result.headsBefore()) + " -> "
                    + RevisionLines.ids(result.headsAfter()) + ": "
                    + RevisionLines.plural(result.reverted().size(), "revision") + " reverted (" + elapsed + " ms)");
        };
    }
}

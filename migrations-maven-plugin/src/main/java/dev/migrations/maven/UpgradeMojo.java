package dev.migrations.maven;

import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.UpgradeResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies revisions up to a target, under the database lock, each one Alembic-style:
 * {@code Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email (12 ms)}.
 *
 * <p>Examples: {@code mvn migrations:upgrade} (to the single head); {@code mvn migrations:upgrade
 * -Dmigrations.target=heads} (every branch); {@code mvn migrations:upgrade -Dmigrations.target=+1}.
 */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends AbstractMigrationsMojo {

    /** Where to go: head, heads, a revision id or unique prefix (4+ characters), +N, or &lt;rev&gt;+N. */
    @Parameter(property = "migrations.target", defaultValue = "head")
    String target;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.CONNECT;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) {
        String to = overrides.string("target", target);
        return migrations -> {
            UpgradeResult result = migrations.upgrade(to);
            if (result.applied().isEmpty()) {
                return; // core has said so
            }
            long elapsed = result.applied().stream().mapToLong(MigrationStep::elapsedMs).sum();
            getLog().info("Upgraded " + RevisionLines.ids(result.headsBefore()) + " -> "
                    + RevisionLines.ids(result.headsAfter()) + ": "
                    + RevisionLines.plural(result.applied().size(), "revision") + " applied (" + elapsed + " ms)");
        };
    }
}

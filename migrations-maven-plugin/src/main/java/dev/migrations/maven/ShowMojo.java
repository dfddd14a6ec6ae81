package dev.migrations.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints one revision's header, parents, children and script path. Reads scripts only.
 *
 * <p>Examples: {@code mvn migrations:show -Dmigrations.revision=1a2b}.
 */
@Mojo(name = "show", threadSafe = true)
public class ShowMojo extends AbstractMigrationsMojo {

    /** The revision: an id, a unique prefix (4+ characters) or head. */
    @Parameter(property = "migrations.revision", defaultValue = "head")
    String revision;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.NONE;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) {
        String which = overrides.string("revision", revision);
        return migrations -> migrations.show(which).describe().lines().forEach(getLog()::info);
    }
}

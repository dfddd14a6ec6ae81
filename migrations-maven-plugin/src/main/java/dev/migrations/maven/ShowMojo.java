package dev.migrations.maven;

import dev.migrations.core.api.RevisionInfo;
import org.apache.maven.plugin.MojoFailureException;
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

    /** {@code text} (default) or {@code json}: one JSON document on standard output, for tools (with {@code -q}). */
    @Parameter(property = "migrations.format", defaultValue = "text")
    String format;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.NONE;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        String which = overrides.string("revision", revision);
        Answer answer = Answer.of(getLog(), overrides.string("format", format));
        return migrations -> {
            RevisionInfo shown = migrations.show(which);
            if (answer.json()) {
                answer.document(Answer.revision(shown));
            } else {
                shown.describe().lines().forEach(answer::line);
            }
        };
    }
}

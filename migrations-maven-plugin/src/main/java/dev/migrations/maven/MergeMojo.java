package dev.migrations.maven;

import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a merge revision joining several heads (every head by default), so that {@code upgrade head} works
 * again after parallel branches.
 *
 * <p>Examples: {@code mvn migrations:merge -Dmigrations.message="merge heads"}; {@code mvn migrations:merge
 * -Dmigrations.revision=1a2b,9f8e}.
 */
@Mojo(name = "merge", threadSafe = true)
public class MergeMojo extends AbstractMigrationsMojo {

    /** The revisions to merge, comma-separated (ids or unique prefixes); default: every head. */
    @Parameter(property = "migrations.revision")
    String revision;

    /** The merge revision's message; it also names the file. */
    @Parameter(property = "migrations.message", defaultValue = "merge")
    String message;

    /** An explicit revision id (12 lowercase hex characters) instead of a random one. */
    @Parameter(property = "migrations.revId")
    String revId;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.NONE;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) {
        String list = overrides.string("revision", revision);
        List<String> revisions = list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String text = RevisionMojo.blankToNull(overrides.string("message", message));
        String id = RevisionMojo.blankToNull(overrides.string("revId", revId));
        // core logs "Generating <file> ... done"
        return migrations -> migrations.merge(revisions, text == null ? "merge" : text, id);
    }
}

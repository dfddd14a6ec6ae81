package dev.migrations.maven;

import dev.migrations.core.api.RevisionRequest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new revision script with empty upgrade and downgrade sections, on top of the current head:
 * {@code Generating …/db/migrations/1a2b3c4d5e6f_add_email.sql ... done}.
 *
 * <p>Examples: {@code mvn migrations:revision -Dmigrations.message="add email"}; {@code mvn migrations:revision
 * -Dmigrations.message="start over" -Dmigrations.head=base}.
 */
@Mojo(name = "revision", threadSafe = true)
public class RevisionMojo extends AbstractMigrationsMojo {

    /** What the revision does; it also names the file. Required. */
    @Parameter(property = "migrations.message")
    String message;

    /** The parent of the new revision: head, base, or a revision id or unique prefix. */
    @Parameter(property = "migrations.head", defaultValue = "head")
    String head;

    /** An explicit revision id (12 lowercase hex characters) instead of a random one. */
    @Parameter(property = "migrations.revId")
    String revId;

    /** Fills the script from the difference between the entity model and the database. */
    @Parameter(property = "migrations.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** Table-name pattern autogenerate leaves alone. */
    @Parameter(property = "migrations.exclude")
    String exclude;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.NONE;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        String text = overrides.string("message", message);
        if (text == null || text.isBlank()) {
            throw new MojoFailureException("[CONFIG-106] migrations:revision needs a message, which also names the"
                    + " file: mvn migrations:revision -Dmigrations.message=\"add email\"");
        }
        RevisionRequest request = RevisionRequest.of(text.trim())
                .withHead(overrides.string("head", head))
                .withRevId(blankToNull(overrides.string("revId", revId)));
        // autogenerate fills the request's upgrade and downgrade bodies (RevisionRequest.withBodies) from the
        // model/database diff; this version of the plugin has no diff to fill them with, so it says so
        if (overrides.flag("autogenerate", autogenerate)) {
            throw new MojoFailureException("[CONFIG-107] -Dmigrations.autogenerate is not available in this version"
                    + " of the plugin. Run mvn migrations:revision -Dmigrations.message=\"" + text.trim() + "\""
                    + " without it and write the upgrade and downgrade SQL into the generated script.");
        }
        if (blankToNull(overrides.string("exclude", exclude)) != null) {
            getLog().warn("<exclude> applies only to autogenerate; ignored for a hand-written revision");
        }
        // core logs "Generating <file> ... done"
        return migrations -> migrations.revision(request);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package dev.migrations.maven;

import dev.migrations.core.api.RevisionResult;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adopts an existing database: reads its schema, writes a first revision whose upgrade creates it exactly as it is
 * (tables with their native column types, keys, indexes, foreign keys, checks, sequences, comments; in dependency
 * order) and whose downgrade drops it, then stamps the database at that revision. Needs an empty script folder and
 * a database without applied revisions; writes nothing when anything fails.
 *
 * <p>Examples: {@code mvn migrations:baseline}; {@code mvn migrations:baseline -Dmigrations.message="adopt clinic"
 * -Dmigrations.exclude='audit_.*'}.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractMigrationsMojo {

    /** The revision's message; also names the file. */
    @Parameter(property = "migrations.message", defaultValue = "baseline")
    String message;

    /** An explicit revision id (12 lowercase hex characters); default random. */
    @Parameter(property = "migrations.revId")
    String revId;

    /** Tables to leave out: a Java regular expression matched against the whole table name without regard to case. */
    @Parameter(property = "migrations.exclude")
    String exclude;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.CONNECT;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        String text = overrides.string("message", message);
        String id = overrides.string("revId", revId);
        List<String> excluded = RevisionMojo.patterns(overrides.string("exclude", exclude));
        return migrations -> {
            // core logs each "Adopting …" line, "Generating <file> ... done" and the stamp
            RevisionResult adopted = migrations.baseline(text, id == null || id.isBlank() ? null : id.trim(),
                    excluded);
            getLog().info("Adopted the database: " + adopted.changes().size() + " tables and sequences in revision "
                    + adopted.revision().id() + ", and the database is stamped at it. Review "
                    + adopted.path().getFileName() + " and commit it.");
        };
    }
}

package dev.migrations.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints, or writes to a file, the SQL of a range of revisions (version table statements included) for the
 * configured database's dialect, without connecting to it: for a DBA to review or run.
 *
 * <p>Examples: {@code mvn -q migrations:sql} (base:head, to standard output); {@code mvn
 * migrations:sql -Dmigrations.range=1a2b:head -Dmigrations.output=target/upgrade.sql}; {@code mvn migrations:sql
 * -Dmigrations.range=head:base} (downgrade SQL).
 */
@Mojo(name = "sql", threadSafe = true)
public class SqlMojo extends AbstractMigrationsMojo {

    /** The revisions, {@code from:to}; a range from a later to an earlier revision gives downgrade SQL. */
    @Parameter(property = "migrations.range", defaultValue = "base:head")
    String range;

    /** A file to write the SQL to, instead of standard output. */
    @Parameter(property = "migrations.output")
    File output;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.DIALECT;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) {
        String between = overrides.string("range", range);
        File file = overrides.file("output", output, baseDir);
        return migrations -> {
            String sql = migrations.sql(between);
            if (file == null) {
                // raw on standard output, without Maven's [INFO] prefix: `mvn -q migrations:sql` reads as a script
                PrintStream out = System.out;
                out.print(sql.endsWith("\n") ? sql : sql + "\n");
                out.flush();
                return;
            }
            write(file.toPath().toAbsolutePath(), sql);
            getLog().info("Generating " + file.getAbsolutePath() + " ... done");
        };
    }

    /** Writes beside the target and moves into place, so a failure never leaves half a script. */
    private static void write(Path target, String sql) throws MojoExecutionException {
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.writeString(temp, sql, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new MojoExecutionException("[PLUGIN-001] Cannot write " + target + ": " + e
                    + ". Choose a writable file with <output> or -Dmigrations.output=target/migrations.sql", e);
        }
    }
}

package dev.migrations.maven;

import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.FailOn;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.ModelSource;
import java.io.File;
import java.util.List;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the entity model and the database differ, listing the changes a revision would need;
 * prints one line when they agree. Writes nothing and never creates the version table. Refuses, like
 * autogenerate, when the database is not at the head. With {@code against=scripts} it compares the model with the
 * revision scripts replayed into a shadow database instead, and never connects to the configured database. Run
 * from the command line it compiles the project first; bound to a phase ({@code verify} by default) it reads what
 * the build compiled.
 *
 * <p>Examples: {@code mvn migrations:check}; {@code mvn migrations:check -Dmigrations.against=scripts} in CI
 * without a database; in a production build, an execution with the goals {@code check} (against the scripts) and
 * {@code upgrade}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractMigrationsMojo {

    /**
     * Tables to leave alone: a Java regular expression matched against the whole table name without regard to
     * case ({@code legacy_.*|audit_log}).
     */
    @Parameter(property = "migrations.exclude")
    String exclude;

    /**
     * Warning codes that fail the goal instead of only being reported, for CI: codes ({@code DS102}), families
     * ({@code DS}, {@code DD}, {@code BC}, {@code RN}, {@code NM}) or {@code all}, comma-separated.
     */
    @Parameter(property = "migrations.failOn")
    String failOn;

    /** {@code text} (default) or {@code json}: one JSON document on standard output, for tools (with {@code -q}). */
    @Parameter(property = "migrations.format", defaultValue = "text")
    String format;

    /**
     * What the entity model is compared with: {@code database} (the configured database, which must be at the
     * head) or {@code scripts} (the revision scripts replayed into a shadow database; the configured database is
     * never connected to, so CI and production builds need none).
     */
    @Parameter(property = "migrations.against", defaultValue = "database")
    String against;

    /**
     * With {@code against=scripts}: the JDBC URL of an empty database of the same kind to replay the scripts into,
     * instead of the automatic one (a temporary SQLite file or H2 in-memory database, or a temporary database on
     * the same PostgreSQL or MariaDB server). Required for the other databases. Never printed unmasked.
     */
    @Parameter(property = "migrations.shadowUrl")
    String shadowUrl;

    /** The compiled classes, where the annotation processor writes META-INF/migrations/model.json. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    @Component
    LifecycleExecutor lifecycleExecutor;

    @Component
    BuildPluginManager pluginManager;

    private ShadowParameters shadow;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.CONNECT;
    }

    @Override
    void configure(MigrationsBuilder builder) {
        shadow.configure(builder);
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        List<String> excluded = RevisionMojo.patterns(overrides.string("exclude", exclude));
        ModelSource model = ModelSource.file(RevisionMojo.modelFile(outputDirectory).toPath());
        Answer answer = Answer.of(getLog(), overrides.string("format", format));
        String refused = overrides.string("failOn", failOn);
        shadow = ShadowParameters.read(overrides, against, shadowUrl);
        boolean scripts = shadow.scripts();
        return migrations -> {
            FailOn codes = FailOn.parse(refused);
            ProjectCompiler.compileIfInvokedDirectly(session, mojoExecution, lifecycleExecutor, pluginManager,
                    getLog());
            CheckResult result = migrations.check(model, excluded);
            if (answer.json()) {
                answer.document(Answer.check(result));
            }
            result.scriptWarnings().forEach(w -> getLog().warn("Not reviewed yet (delete the -- WARNING line once "
                    + "it is): " + w));
            List<String> failing = new java.util.ArrayList<>(codes.matching(result.warnings()));
            failing.addAll(codes.matching(result.scriptWarnings()));
            if (!failing.isEmpty()) {
                throw new MojoFailureException("[AUTOGEN-010] Warnings that <failOn> (-Dmigrations.failOn) refuses:\n  "
                        + String.join("\n  ", failing) + "\nReview each step; in a revision, delete its -- WARNING "
                        + "line once the step is accepted. Or take the code out of <failOn>.");
            }
            if (result.upToDate()) {
                answer.line(scripts ? "The revision scripts match the entity model: no revision is needed."
                        : "The database matches the entity model: no revision is needed.");
                return;
            }
            throw new MojoFailureException(pendingMessage(result, scripts));
        };
    }

    static String pendingMessage(CheckResult result) {
        return pendingMessage(result, false);
    }

    /** {@code AUTOGEN-008}; against the scripts, what they build is what differs, and the way out is to commit. */
    static String pendingMessage(CheckResult result, boolean scripts) {
        StringBuilder text = new StringBuilder("[AUTOGEN-008] The " + (scripts ? "revision scripts (replayed into "
                + "a shadow database) differ" : "database differs") + " from the entity model ("
                + RevisionLines.plural(result.changes().size(), "pending change") + "):");
        result.changes().forEach(change -> text.append("\n  ").append(change));
        text.append(scripts ? "\nA change to the entities has no revision. Generate it with mvn migrations:revision "
                + "-Dmigrations.autogenerate -Dmigrations.against=scripts -Dmigrations.message=\"…\", review it "
                + "and commit it."
                : "\nGenerate it with mvn migrations:revision -Dmigrations.autogenerate "
                + "-Dmigrations.message=\"…\", review it, and apply it with mvn migrations:upgrade "
                + "(or apply the committed revisions first if this database is behind).");
        return text.toString();
    }
}

package dev.migrations.maven;

import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.FailOn;
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
 * autogenerate, when the database is not at the head. Run from the command line it compiles the project first;
 * bound to a phase ({@code verify} by default) it reads what the build compiled.
 *
 * <p>Examples: {@code mvn migrations:check}; in CI, an execution with the goals {@code upgrade} and {@code check}
 * on a scratch database.
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

    /** The compiled classes, where the annotation processor writes META-INF/migrations/model.json. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    @Component
    LifecycleExecutor lifecycleExecutor;

    @Component
    BuildPluginManager pluginManager;

    @Override
    DatabaseUse databaseUse() {
        return DatabaseUse.CONNECT;
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        List<String> excluded = RevisionMojo.patterns(overrides.string("exclude", exclude));
        ModelSource model = ModelSource.file(RevisionMojo.modelFile(outputDirectory).toPath());
        Answer answer = Answer.of(getLog(), overrides.string("format", format));
        String refused = overrides.string("failOn", failOn);
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
                answer.line("The database matches the entity model: no revision is needed.");
                return;
            }
            throw new MojoFailureException(pendingMessage(result));
        };
    }

    static String pendingMessage(CheckResult result) {
        StringBuilder text = new StringBuilder("[AUTOGEN-008] The database differs from the entity model ("
                + RevisionLines.plural(result.changes().size(), "pending change") + "):");
        result.changes().forEach(change -> text.append("\n  ").append(change));
        text.append("\nGenerate it with mvn migrations:revision -Dmigrations.autogenerate "
                + "-Dmigrations.message=\"…\", review it, and apply it with mvn migrations:upgrade "
                + "(or apply the committed revisions first if this database is behind).");
        return text.toString();
    }
}

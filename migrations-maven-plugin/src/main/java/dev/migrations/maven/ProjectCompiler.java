package dev.migrations.maven;

import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs the project's build up to {@code process-classes} (resources, compile with the annotation processor) inside
 * the current Maven run, so that autogenerate and check read a model.json that reflects the entities as they are
 * now, right after an edit. Only the goals that need the model call it: a plain {@code migrations:revision} stays
 * fast. When the goal is bound to a lifecycle phase, the build has compiled already and nothing is run again.
 *
 * <pre>{@code
 * ProjectCompiler.compileIfInvokedDirectly(session, mojoExecution, lifecycleExecutor, pluginManager, getLog());
 * }</pre>
 */
final class ProjectCompiler {

    private static final String PHASE = "process-classes";

    private ProjectCompiler() {
    }

    static void compileIfInvokedDirectly(MavenSession session, MojoExecution current, LifecycleExecutor lifecycle,
                                         BuildPluginManager plugins, Log log)
            throws MojoExecutionException, MojoFailureException {
        if (current.getLifecyclePhase() != null) {
            return; // bound to a phase: the lifecycle compiled the project before this goal
        }
        List<MojoExecution> steps;
        try {
            MavenExecutionPlan plan = lifecycle.calculateExecutionPlan(session, PHASE);
            steps = plan.getMojoExecutions();
        } catch (Exception e) {
            throw new MojoExecutionException("[PLUGIN-010] Cannot plan the project's build up to " + PHASE
                    + " to refresh the entity model: " + e.getMessage() + ". Compile first and skip this step: "
                    + "mvn compile " + "migrations:" + current.getGoal() + " with the same -D options.", e);
        }
        log.info("Compiling the project (up to " + PHASE + ") to refresh the entity model");
        for (MojoExecution step : steps) {
            try {
                plugins.executeMojo(session, step);
            } catch (MojoFailureException e) {
                throw e;
            } catch (MojoExecutionException e) {
                throw e;
            } catch (Exception e) {
                throw new MojoExecutionException("[PLUGIN-010] " + step.getMojoDescriptor().getFullGoalName()
                        + " failed while compiling the project for the entity model: " + e.getMessage()
                        + ". Fix the build (mvn compile shows the same error), then run the goal again.", e);
            }
        }
    }
}

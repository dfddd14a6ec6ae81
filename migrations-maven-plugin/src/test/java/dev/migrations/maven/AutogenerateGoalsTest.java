package dev.migrations.maven;

import dev.migrations.core.api.CheckResult;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutogenerateGoalsTest {

    @Test
    void theExcludePatternIsOneRegularExpressionAndABlankOneIsNone() {
        assertEquals(List.of("legacy_.*|audit_log{1,2}"), RevisionMojo.patterns(" legacy_.*|audit_log{1,2} "));
        assertEquals(List.of(), RevisionMojo.patterns("  "));
        assertEquals(List.of(), RevisionMojo.patterns(null));
    }

    @Test
    void theModelIsReadWhereTheProcessorWritesIt() {
        assertEquals(new File("target/classes", "META-INF/migrations/model.json"),
                RevisionMojo.modelFile(new File("target/classes")));
    }

    @Test
    void aFailedCheckListsEveryPendingChangeAndTheCommandThatWritesThem() {
        String message = CheckMojo.pendingMessage(new CheckResult(
                List.of("added column 'Student.phone'", "added table 'Teacher'"), List.of()));

        assertTrue(message.startsWith("[AUTOGEN-008] The database differs from the entity model (2 pending changes):"),
                message);
        assertTrue(message.contains("\n  added column 'Student.phone'\n  added table 'Teacher'\n"), message);
        assertTrue(message.contains("mvn migrations:revision -Dmigrations.autogenerate"), message);
    }

    @Test
    void againstTheScriptsAFailedCheckSaysTheScriptsLackARevision() {
        String message = CheckMojo.pendingMessage(new CheckResult(List.of("added table 'Teacher'"), List.of()), true);

        assertTrue(message.startsWith("[AUTOGEN-008] The revision scripts (replayed into a shadow database) differ "
                + "from the entity model (1 pending change):"), message);
        assertTrue(message.contains("-Dmigrations.autogenerate -Dmigrations.against=scripts"), message);
        assertTrue(message.endsWith("review it and commit it."), message);
    }

    @Test
    void againstIsReadFromTheCommandLineFirstAndABadValueIsACataloguedFailure() throws Exception {
        java.util.Properties user = new java.util.Properties();
        user.setProperty("migrations.against", "scripts");
        ShadowParameters fromCommandLine = ShadowParameters.read(new CommandLineOverrides(user, null), "database",
                "jdbc:h2:mem:shadow;PASSWORD=secret");
        assertTrue(fromCommandLine.scripts());
        assertTrue(fromCommandLine.toString().contains("PASSWORD=***"), fromCommandLine.toString());

        assertTrue(!ShadowParameters.read(new CommandLineOverrides(null, null), null, null).scripts());
        org.apache.maven.plugin.MojoFailureException bad = org.junit.jupiter.api.Assertions.assertThrows(
                org.apache.maven.plugin.MojoFailureException.class,
                () -> ShadowParameters.read(new CommandLineOverrides(null, null), "live", null));
        assertTrue(bad.getMessage().startsWith("[SHADOW-001] 'live' is not something to compare"), bad.getMessage());
        assertTrue(bad.getMessage().contains("<against> (-Dmigrations.against)"), bad.getMessage());
    }
}

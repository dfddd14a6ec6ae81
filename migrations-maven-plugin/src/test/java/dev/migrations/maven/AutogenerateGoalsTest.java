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
}

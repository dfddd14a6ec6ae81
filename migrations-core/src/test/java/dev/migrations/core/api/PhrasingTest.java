package dev.migrations.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.Phrasing.Advice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhrasingTest {

    /** Phrases as a command-line front end might: {@code --target}, {@code tool stamp --target=x}. */
    private static final Phrasing FLAGS = new Phrasing() {
        @Override
        public String setting(String name) {
            return "--" + name;
        }

        @Override
        public String settingValue(String name, String value) {
            return "--" + name + "=" + value;
        }

        @Override
        public String command(String name, List<String> settingValues) {
            return "tool " + name + settingValues.stream().map(p -> " --" + p).reduce("", String::concat);
        }
    };

    @Test
    void coreStatesTheFixNeutrallyAndEachFrontEndPhrasesIt() {
        ScriptException e = new ScriptException("SCRIPT-999", "Stuck. Set " + Advice.setting("target") + " or run "
                + Advice.command("stamp", "target=head", "purge=true") + ", not " + Advice.value("head", "base") + ".");

        assertEquals("[SCRIPT-999] Stuck. Set the 'target' setting or run the stamp command with target=head, "
                + "purge=true, not head=base.", e.getMessage());
        assertEquals("[SCRIPT-999] Stuck. Set --target or run tool stamp --target=head --purge=true, not "
                + "--head=base.", e.message(FLAGS));
    }

    @Test
    void aRealErrorOfTheFacadeCarriesNoFrontEndsWordsInItsNeutralMessage() {
        Migrations migrations = Migrations.configure().classpathLocation("db/none").load();
        ScriptException e = assertThrows(ScriptException.class, () -> migrations.downgrade(" "));
        assertFalse(e.getMessage().contains("-Dmigrations"), e.getMessage());
        assertTrue(e.getMessage().contains("the 'target' setting"), e.getMessage());
        assertTrue(e.message(FLAGS).contains("--target"), e.message(FLAGS));
    }

    @Test
    void listenerLinesArePhrasedWithTheConfiguredPhrasing(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path scripts = java.nio.file.Files.createDirectories(dir.resolve("scripts"));
        List<String> lines = new ArrayList<>();
        Migrations migrations = Migrations.configure().url("jdbc:sqlite:" + dir.resolve("db.sqlite3"))
                .scriptLocation(scripts).phrasing(FLAGS)
                .listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }
                }).load();
        String id = migrations.revision(RevisionRequest.of("first")).revision().id();
        migrations.upgrade("head");
        migrations.upgrade("base");

        assertTrue(lines.stream().anyMatch(l -> l.contains("tool downgrade --target=base")), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\u001e")), String.join("\n", lines));
        assertEquals(12, id.length());
    }
}

package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.CheckResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class AnswerTest {

    /** A log whose info level is on or off, remembering what it printed. */
    static final class Recording extends SystemStreamLog {
        final boolean info;
        final List<String> lines = new ArrayList<>();

        Recording(boolean info) {
            this.info = info;
        }

        @Override
        public boolean isInfoEnabled() {
            return info;
        }

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    void linesGoToTheLogAtInfoLevelAndToStandardOutputUnderQuiet() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Recording normal = new Recording(true);
        new Answer(normal, new PrintStream(out, true, StandardCharsets.UTF_8), Answer.Format.TEXT).line("a");
        assertEquals(List.of("a"), normal.lines);
        assertEquals("", out.toString(StandardCharsets.UTF_8));

        Recording quiet = new Recording(false);
        new Answer(quiet, new PrintStream(out, true, StandardCharsets.UTF_8), Answer.Format.TEXT).line("b");
        assertEquals(List.of(), quiet.lines);
        assertEquals("b" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonPrintsOnlyTheDocument() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Recording log = new Recording(true);
        Answer answer = new Answer(log, new PrintStream(out, true, StandardCharsets.UTF_8), Answer.Format.JSON);
        answer.line("not printed");
        answer.document(Answer.check(new CheckResult(List.of("added column 'a.\"b\"'"), List.of("tab\there"))));
        assertEquals(List.of(), log.lines);
        assertEquals("{\"upToDate\":false,\"changes\":[\"added column 'a.\\\"b\\\"'\"],\"warnings\":[\"tab\\there\"],\"scriptWarnings\":[]}"
                + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stringsEscapeControlCharacters() {
        assertEquals("\"a\\\\b\\n\\u0001\"", Answer.string("a\\b\n\u0001"));
        assertEquals("null", Answer.string(null));
    }

    @Test
    void anUnknownFormatIsRefused() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> Answer.of(new Recording(true), "xml"));
        assertTrue(e.getMessage().startsWith("[CONFIG-107]"), e.getMessage());
    }
}

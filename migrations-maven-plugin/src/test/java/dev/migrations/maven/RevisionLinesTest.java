package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.core.api.RevisionFlag;
import dev.migrations.core.api.RevisionInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class RevisionLinesTest {

    private static RevisionInfo revision(String id, List<String> parents, String message, Set<RevisionFlag> flags) {
        return new RevisionInfo(id, parents, List.of(), message, "2026-01-01 00:00:00 UTC",
                "/scripts/" + id + ".sql", flags, true);
    }

    /** Records info lines instead of printing them. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    void theBriefFormShowsGraphFlagsButNotTheCurrentMarkWhichTheGoalAlreadySays() {
        RevisionInfo info = revision("9f8e7d6c5b4a", List.of("1a2b3c4d5e6f"), "add email",
                EnumSet.of(RevisionFlag.HEAD, RevisionFlag.CURRENT));
        assertEquals("9f8e7d6c5b4a (head), add email", RevisionLines.brief(info));
    }

    @Test
    void theBriefFormOfARevisionWithoutMessageIsItsIdAlone() {
        assertEquals("1a2b3c4d5e6f", RevisionLines.brief(revision("1a2b3c4d5e6f", List.of(), "", Set.of())));
    }

    @Test
    void noRevisionIdsReadAsBase() {
        assertEquals("<base>", RevisionLines.ids(List.of()));
        assertEquals("aaaa00000001, bbbb00000002", RevisionLines.ids(List.of("aaaa00000001", "bbbb00000002")));
    }

    @Test
    void pluralsCountTheirNouns() {
        assertEquals("1 revision", RevisionLines.plural(1, "revision"));
        assertEquals("3 revisions", RevisionLines.plural(3, "revision"));
    }

    @Test
    void verboseRevisionsArePrintedAsBlocksSeparatedByABlankLine() {
        RecordingLog log = new RecordingLog();
        RevisionLines.print(new Answer(log, System.out, Answer.Format.TEXT), List.of(
                revision("9f8e7d6c5b4a", List.of("1a2b3c4d5e6f"), "add email", EnumSet.of(RevisionFlag.HEAD)),
                revision("1a2b3c4d5e6f", List.of(), "create person", Set.of())), true);
        assertEquals("Rev: 9f8e7d6c5b4a (head)", log.lines.get(0));
        int second = log.lines.indexOf("Rev: 1a2b3c4d5e6f");
        assertEquals("", log.lines.get(second - 1));
        assertEquals("    create person", log.lines.get(log.lines.size() - 1));
    }

    @Test
    void oneLineRevisionsArePrintedInAlembicsForm() {
        RecordingLog log = new RecordingLog();
        RevisionLines.print(new Answer(log, System.out, Answer.Format.TEXT), List.of(revision("9f8e7d6c5b4a", List.of("1a2b3c4d5e6f"), "add email",
                EnumSet.of(RevisionFlag.HEAD, RevisionFlag.CURRENT))), false);
        assertEquals(List.of("1a2b3c4d5e6f -> 9f8e7d6c5b4a (head) (current), add email"), log.lines);
    }
}

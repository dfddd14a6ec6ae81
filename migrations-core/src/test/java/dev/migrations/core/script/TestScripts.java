package dev.migrations.core.script;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Builds parsed revision scripts for graph tests. */
final class TestScripts {

    private TestScripts() {
    }

    static RevisionScript script(String id, String... parents) {
        String text = ScriptWriter.render(id, Arrays.asList(parents), Instant.parse("2026-01-01T00:00:00Z"),
                "rev " + id, true, "SELECT 1;", "SELECT 2;");
        return ScriptParser.parse(id + ".sql", id + ".sql", text.getBytes(StandardCharsets.UTF_8));
    }

    static RevisionGraph graph(RevisionScript... scripts) {
        return RevisionGraph.of(List.of(scripts));
    }
}

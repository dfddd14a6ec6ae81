package dev.migrations.core.script;

import dev.migrations.core.api.RevisionFlag;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.migrations.core.script.TestScripts.graph;
import static dev.migrations.core.script.TestScripts.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionGraphTest {

    /** a1 -> b1 -> {c1, c2} -> m1 (merge), plus a second branch d1 from b1 left open. */
    private final RevisionGraph graph = graph(script("aaaa0001"), script("bbbb0001", "aaaa0001"),
            script("cccc0001", "bbbb0001"), script("cccc0002", "bbbb0001"),
            script("dddd0001", "bbbb0001"), script("eeee0001", "cccc0001", "cccc0002"));

    @Test
    void headsAreTheRevisionsWithoutChildren() {
        assertEquals(List.of("dddd0001", "eeee0001"), graph.heads());
        assertEquals(List.of("aaaa0001"), graph.bases());
    }

    @Test
    void branchPointsAndMergePointsAreFlagged() {
        RevisionInfo branch = graph.info("bbbb0001", List.of());
        assertEquals(Set.of(RevisionFlag.BRANCHPOINT), branch.flags());
        assertEquals(List.of("cccc0001", "cccc0002", "dddd0001"), branch.children());
        RevisionInfo merge = graph.info("eeee0001", List.of("eeee0001"));
        assertEquals(Set.of(RevisionFlag.HEAD, RevisionFlag.MERGEPOINT, RevisionFlag.CURRENT), merge.flags());
        assertEquals("cccc0001, cccc0002 -> eeee0001 (head) (mergepoint) (current), rev eeee0001", merge.toString());
        assertEquals("<base> -> aaaa0001, rev aaaa0001", graph.info("aaaa0001", List.of()).toString());
    }

    @Test
    void topologicalOrderPutsParentsFirstAndIsStable() {
        assertEquals(List.of("aaaa0001", "bbbb0001", "cccc0001", "cccc0002", "dddd0001", "eeee0001"),
                graph.topologicalOrder());
    }

    @Test
    void appliedHeadsAreTheAppliedRevisionsNoOtherAppliedOneDescendsFrom() {
        assertEquals(List.of("cccc0001", "dddd0001"),
                graph.headsOf(List.of("aaaa0001", "bbbb0001", "cccc0001", "dddd0001")));
        assertEquals(List.of(), graph.headsOf(List.of()));
    }

    @Test
    void appliedHeadsThroughAMergeIgnoreUnknownAndRepeatedIds() {
        List<String> all = List.of("eeee0001", "aaaa0001", "bbbb0001", "cccc0001", "cccc0002", "dddd0001");
        assertEquals(List.of("dddd0001", "eeee0001"), graph.headsOf(all));
        // one parent of the merge applied, the merge itself not: both branches' tips are heads
        assertEquals(List.of("cccc0002", "dddd0001"),
                graph.headsOf(List.of("dddd0001", "cccc0002", "bbbb0001", "aaaa0001", "ffff9999", "dddd0001")));
        // an applied revision whose ancestors are not applied (a stamp) is still a head, and covers nothing
        assertEquals(List.of("eeee0001"), graph.headsOf(List.of("eeee0001")));
    }

    @Test
    void appliedHeadsOfALongChainAreItsLastAppliedRevision() {
        List<RevisionScript> chain = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String id = String.format("r%07d", i);
            chain.add(i == 0 ? script(id) : script(id, String.format("r%07d", i - 1)));
        }
        RevisionGraph longChain = RevisionGraph.of(chain);
        List<String> applied = chain.stream().map(RevisionScript::id).toList();
        assertEquals(List.of("r0001999"), longChain.headsOf(applied));
        assertEquals(List.of("r0000999"), longChain.headsOf(applied.subList(0, 1000)));
    }

    @Test
    void twoFilesClaimingOneIdAreNamedBoth() {
        ScriptException e = assertThrows(ScriptException.class,
                () -> graph(script("aaaa0001"), script("aaaa0001", "bbbb0001")));
        assertEquals("SCRIPT-011", e.id());
        assertTrue(e.getMessage().contains("aaaa0001.sql and aaaa0001.sql"), e.getMessage());
    }

    @Test
    void aParentThatDoesNotExistIsReportedOnTheRevisesLine() {
        ScriptException e = assertThrows(ScriptException.class, () -> graph(script("aaaa0001", "ffff0000")));
        assertEquals("SCRIPT-012", e.id());
        assertTrue(e.getMessage().startsWith("[SCRIPT-012] aaaa0001.sql:2: parent revision ffff0000"), e.getMessage());
    }

    @Test
    void aCycleIsNamedWithItsFiles() {
        ScriptException e = assertThrows(ScriptException.class, () -> graph(script("aaaa0001"),
                script("bbbb0001", "aaaa0001", "dddd0001"), script("cccc0001", "bbbb0001"),
                script("dddd0001", "cccc0001")));
        assertEquals("SCRIPT-013", e.id());
        assertTrue(e.getMessage().contains("bbbb0001") && e.getMessage().contains("cccc0001")
                && e.getMessage().contains("dddd0001") && e.getMessage().contains("dddd0001.sql"), e.getMessage());
    }

    @Test
    void lookupAcceptsFullIdsAndUniquePrefixesOfFourCharacters() {
        assertEquals("dddd0001", graph.lookup("dddd"));
        assertEquals("cccc0002", graph.lookup("cccc0002"));
        ScriptException ambiguous = assertThrows(ScriptException.class, () -> graph.lookup("cccc"));
        assertEquals("SCRIPT-021", ambiguous.id());
        assertTrue(ambiguous.getMessage().contains("cccc0001, cccc0002"), ambiguous.getMessage());
        assertEquals("SCRIPT-020", assertThrows(ScriptException.class, () -> graph.lookup("ddd")).id());
        assertEquals("SCRIPT-020", assertThrows(ScriptException.class, () -> graph.lookup("9999")).id());
    }
}

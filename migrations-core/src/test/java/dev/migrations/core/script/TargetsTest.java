package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.migrations.core.script.TestScripts.graph;
import static dev.migrations.core.script.TestScripts.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsTest {

    private final RevisionGraph linear = graph(script("aaaa0001"), script("bbbb0001", "aaaa0001"),
            script("cccc0001", "bbbb0001"));
    private final RevisionGraph branched = graph(script("aaaa0001"), script("bbbb0001", "aaaa0001"),
            script("bbbb0002", "aaaa0001"), script("cccc0001", "bbbb0001", "bbbb0002"), script("dddd0001", "aaaa0001"));

    private static Set<String> resolve(RevisionGraph graph, List<String> current, String target) {
        return new Targets(graph, () -> current).resolve(target);
    }

    private static ScriptException failure(RevisionGraph graph, List<String> current, String target) {
        return assertThrows(ScriptException.class, () -> resolve(graph, current, target));
    }

    @Test
    void symbolicTargetsResolve() {
        assertEquals(Set.of("cccc0001"), resolve(linear, List.of(), "head"));
        assertEquals(Set.of("cccc0001"), resolve(linear, List.of(), "heads"));
        assertEquals(Set.of(), resolve(linear, List.of(), "base"));
        assertEquals(Set.of("bbbb0001"), resolve(linear, List.of("bbbb0001"), "current"));
        assertEquals(Set.of("cccc0001", "dddd0001"), resolve(branched, List.of(), "heads"));
    }

    @Test
    void headWithSeveralHeadsSaysToMergeOrTargetHeads() {
        ScriptException e = failure(branched, List.of(), "head");
        assertEquals("SCRIPT-022", e.id());
        assertTrue(e.getMessage().contains("the merge command") && e.getMessage().contains("'heads'"),
                e.getMessage());
    }

    @Test
    void idsAndPrefixesResolve() {
        assertEquals(Set.of("bbbb0001"), resolve(linear, List.of(), "bbbb0001"));
        assertEquals(Set.of("bbbb0001"), resolve(linear, List.of(), "bbbb"));
        assertEquals("SCRIPT-021", failure(branched, List.of(), "bbbb").id());
        assertEquals("SCRIPT-020", failure(linear, List.of(), "eeee").id());
        assertEquals("SCRIPT-020", failure(linear, List.of(), "bb").id());
    }

    @Test
    void relativeTargetsCountFromTheCurrentHead() {
        assertEquals(Set.of("aaaa0001"), resolve(linear, List.of(), "+1"));
        assertEquals(Set.of("cccc0001"), resolve(linear, List.of("aaaa0001"), "+2"));
        assertEquals(Set.of("aaaa0001"), resolve(linear, List.of("cccc0001"), "-2"));
        assertEquals(Set.of(), resolve(linear, List.of("cccc0001"), "-3"));
    }

    @Test
    void anchoredRelativeTargetsCountFromTheNamedRevision() {
        assertEquals(Set.of("cccc0001"), resolve(linear, List.of(), "aaaa+2"));
        assertEquals(Set.of("bbbb0001"), resolve(linear, List.of(), "head-1"));
        assertEquals(Set.of("aaaa0001"), resolve(linear, List.of(), "base+1"));
        assertEquals(Set.of("aaaa0001"), resolve(linear, List.of(), "cccc0001-2"));
    }

    @Test
    void walkingPastBaseOrPastAHeadSaysSo() {
        ScriptException pastBase = failure(linear, List.of("bbbb0001"), "-3");
        assertEquals("SCRIPT-023", pastBase.id());
        assertTrue(pastBase.getMessage().contains("walks past base"), pastBase.getMessage());
        ScriptException pastHead = failure(linear, List.of("bbbb0001"), "+2");
        assertEquals("SCRIPT-024", pastHead.id());
        assertTrue(pastHead.getMessage().contains("cccc0001 is a head"), pastHead.getMessage());
        assertEquals("SCRIPT-024", failure(linear, List.of(), "head+1").id());
    }

    @Test
    void walkingThroughABranchPointOrAMergeIsAmbiguous() {
        ScriptException up = failure(branched, List.of("aaaa0001"), "+1");
        assertEquals("SCRIPT-025", up.id());
        assertTrue(up.getMessage().contains("bbbb0001, bbbb0002, dddd0001"), up.getMessage());
        assertEquals(Set.of("bbbb0001", "bbbb0002"), resolve(branched, List.of(), "cccc0001-1"));
        assertEquals("SCRIPT-025", failure(branched, List.of(), "cccc0001-2").id());
        assertEquals(Set.of("aaaa0001"), resolve(branched, List.of(), "bbbb0002-1"));
    }

    @Test
    void relativeTargetsWithSeveralCurrentHeadsAskWhichOne() {
        ScriptException e = failure(branched, List.of("cccc0001", "dddd0001"), "-1");
        assertEquals("SCRIPT-027", e.id());
        assertTrue(e.getMessage().contains("cccc0001-1"), e.getMessage());
    }

    @Test
    void commaSeparatedTargetsAreUnited() {
        assertEquals(Set.of("bbbb0001", "dddd0001"), resolve(branched, List.of(), "bbbb0001,dddd"));
    }

    @Test
    void malformedTargetsAreRejected() {
        assertEquals("SCRIPT-026", failure(linear, List.of(), "a:b").id());
        assertEquals("SCRIPT-026", failure(linear, List.of(), "").id());
        assertEquals("SCRIPT-026", assertThrows(ScriptException.class,
                () -> new Targets(linear, List::of).resolveOne("base")).id());
    }

    @Test
    void malformedAnchorsSayWhichFormsAreValid() {
        ScriptException heads = failure(linear, List.of(), "heads+1");
        assertEquals("SCRIPT-026", heads.id());
        assertTrue(heads.getMessage().contains("head-1"), heads.getMessage());
        ScriptException doubled = failure(linear, List.of(), "aaaa0001+-1");
        assertEquals("SCRIPT-026", doubled.id());
        assertTrue(doubled.getMessage().contains("<rev>+N"), doubled.getMessage());
    }
}

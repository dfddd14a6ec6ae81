package dev.migrations.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailOnTest {

    @Test
    void codesFamiliesAndAllSelect() {
        FailOn failOn = FailOn.parse(" ds, DD103 ");
        assertTrue(failOn.matches("DS101"));
        assertTrue(failOn.matches("DD103"));
        assertFalse(failOn.matches("DD101"));
        assertTrue(FailOn.parse("all").matches("NM101"));
        assertFalse(FailOn.NONE.matches("DS101"));
        assertEquals(FailOn.NONE, FailOn.parse("  "));
    }

    @Test
    void matchingReadsTheCodeOfLogAndScriptLines() {
        List<String> lines = List.of("DS102 (upgrade): column 'a.b' is dropped", "DD101 (upgrade): …",
                "9f8e7d6c5b4a: DS101: table 'x' is dropped");
        assertEquals(List.of(lines.get(0), lines.get(2)), FailOn.parse("DS").matching(lines));
    }

    @Test
    void anEntryThatIsNoCodeIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> FailOn.parse("DS1,XX101"));
        assertEquals("CONFIG-013", e.id());
    }
}

package dev.migrations.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.model.CheckCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTextTest {

    @Test
    void databaseSpellingsOfAnInListReadBackAsValues() {
        assertEquals(new CheckCondition.InValues("STATUS", List.of("B", "A")), CheckText.parse("\"STATUS\" IN('B', 'A')"));
        assertEquals(new CheckCondition.InValues("status", List.of("it's", "x")),
                CheckText.parse("((status in ('it''s','x')))"));
    }

    @Test
    void betweenAndBoundPairsReadBackAsRanges() {
        assertEquals(new CheckCondition.Range("LEVEL", 0L, 2L), CheckText.parse("(\"LEVEL\" BETWEEN 0 AND 2)"));
        assertEquals(new CheckCondition.Range("age", 18L, 99L), CheckText.parse("age>=18 and age<=99"));
        assertEquals(new CheckCondition.Range("t", -5L, null), CheckText.parse("t >= -5"));
    }

    @Test
    void otherConditionsStayExpressionsAndCompareAsNormalizedText() {
        assertEquals(new CheckCondition.Expression("price >= cost"), CheckText.parse("price >= cost"));
        assertEquals(CheckText.canonical(new CheckCondition.Expression("(PRICE >= \"COST\")")),
                CheckText.canonical(new CheckCondition.Expression("price>=cost")));
    }

    @Test
    void theCanonicalTextIgnoresValueOrderAndColumnCase() {
        assertEquals(CheckText.canonical(new CheckCondition.InValues("Status", List.of("A", "B"))),
                CheckText.canonical(new CheckCondition.Expression("\"STATUS\" IN('B', 'A')")));
        assertEquals("level between 0 and 2", CheckText.canonical(new CheckCondition.Range("LEVEL", 0L, 2L)));
    }
}

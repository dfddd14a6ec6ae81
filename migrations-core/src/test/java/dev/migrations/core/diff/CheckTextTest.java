package dev.migrations.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    private static String canonical(String sql) {
        return CheckText.canonical(new CheckCondition.Expression(sql));
    }

    @Test
    void redundantParenthesesDoNotChangeTheCanonicalText() {
        assertEquals(canonical("dtype <> 'Truck' or (payload is not null)"),
                canonical("( \"DTYPE\" <> 'Truck' ) OR ( \"PAYLOAD\" IS NOT NULL )"));
        assertEquals("a = 1 or b = 2 and c = 3", canonical("(a = 1) or ((b = 2) and (c = 3))"));
    }

    @Test
    void parenthesesThatChangeTheMeaningAreKept() {
        assertEquals("(a = 1 or b = 2) and c = 3", canonical("(a = 1 or b = 2) and c = 3"));
        assertNotEquals(canonical("(a = 1 or b = 2) and c = 3"), canonical("a = 1 or b = 2 and c = 3"));
        assertEquals("not (a = 1 or b = 2)", canonical("NOT (a = 1 or (b = 2))"));
    }

    @Test
    void aBetweenInsideABooleanExpressionKeepsItsAnd() {
        assertEquals("x between 1 and 5 or y is null", canonical("(x between 1 and 5) or (y is null)"));
    }

    @Test
    void anEqualityWithOneStringReadsAsAnInListOfOne() {
        assertEquals(new CheckCondition.InValues("DTYPE", List.of("Truck")), CheckText.parse("(\"DTYPE\" = 'Truck')"));
        assertEquals(CheckText.canonical(new CheckCondition.InValues("dtype", List.of("Truck"))),
                canonical("\"DTYPE\" = 'Truck'"));
    }

    @Test
    void inListValuesCompareAsNumbersOnANumericColumnOnly() {
        CheckCondition model = new CheckCondition.InValues("kind", List.of("1", "2"));
        CheckCondition database = CheckText.parse("\"KIND\" IN(2, 1)");
        assertEquals(CheckText.canonical(model, c -> true), CheckText.canonical(database, c -> true));
        assertEquals("kind in (1,2)", CheckText.canonical(model, c -> c.equalsIgnoreCase("kind")));
    }
}

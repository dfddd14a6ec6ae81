package dev.migrations.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.model.CheckCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTextTest {

    @Test
    void quotedAndBareListsBothReadAsAllowedValues() {
        assertEquals(new CheckCondition.InValues("status", List.of("NEW", "it's", "A,B")),
                CheckText.parse("status in ('NEW','it''s', 'A,B')"));
        assertEquals(new CheckCondition.InValues("kind", List.of("1", "2")), CheckText.parse("kind in (1,2)"));
        assertEquals(new CheckCondition.InValues("kind", List.of("-1", "20")), CheckText.parse("kind in (-1, 20)"));
    }

    @Test
    void boundsReadAsRanges() {
        assertEquals(new CheckCondition.Range("tier", 0L, 3L), CheckText.parse("tier between 0 and 3"));
        assertEquals(new CheckCondition.Range("stars", 1L, null), CheckText.parse("stars>=1"));
        assertEquals(new CheckCondition.Range("stars", null, 5L), CheckText.parse("\"stars\" <= 5"));
    }

    @Test
    void anythingElseStaysAnExpression() {
        assertEquals(new CheckCondition.Expression("DTYPE <> 'X' or (a is not null)"),
                CheckText.parse(" DTYPE <> 'X' or (a is not null) "));
    }
}

package dev.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.model.CheckCondition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CheckConditionParserTest {

    private static final CheckCondition.InValues STATUS =
            new CheckCondition.InValues("status", List.of("DRAFT", "PUBLISHED"));

    @ParameterizedTest
    @ValueSource(strings = {
            "status in ('DRAFT','PUBLISHED')",
            "STATUS IN ( 'DRAFT' , 'PUBLISHED' )",
            "\"status\" IN('DRAFT', 'PUBLISHED')",
            "(status in ('DRAFT', 'PUBLISHED'))",
            "((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'PUBLISHED'::character varying])::text[]))",
            "CAST(status AS VARCHAR) IN (CAST('DRAFT' AS VARCHAR), 'PUBLISHED')",
            "`status` in ('DRAFT',/* the other */'PUBLISHED')",
            "t.status in ('DRAFT','PUBLISHED')"
    })
    void readsEveryEnumSpellingAsTheSameValueList(String sql) {
        CheckCondition read = CheckConditionParser.parse(sql);

        CheckCondition.InValues in = (CheckCondition.InValues) read;
        assertEquals("status", in.column().toLowerCase(java.util.Locale.ROOT));
        assertEquals(STATUS.values(), in.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "level between 0 and 3",
            "\"LEVEL\" BETWEEN 0 AND 3",
            "level>=0 and level<=3",
            "(level >= 0) AND (level <= 3)",
            "level <= 3 and level >= 0",
            "0 <= level and 3 >= level",
            "(\"LEVEL\" >= 0)\n    AND (\"LEVEL\" <= 3)",
            "level between (0) and (3)"
    })
    void readsEveryRangeSpellingAsTheSameBounds(String sql) {
        CheckCondition.Range range = (CheckCondition.Range) CheckConditionParser.parse(sql);

        assertEquals("level", range.column().toLowerCase(java.util.Locale.ROOT));
        assertEquals(0L, range.min());
        assertEquals(3L, range.max());
    }

    @Test
    void readsOneSidedAndNegativeBounds() {
        assertEquals(new CheckCondition.Range("age", 18L, null), CheckConditionParser.parse("age >= 18"));
        assertEquals(new CheckCondition.Range("t", -40L, null), CheckConditionParser.parse("(t >= -40)"));
        assertEquals(new CheckCondition.Range("n", null, 9L), CheckConditionParser.parse("9 >= n"));
        assertEquals(new CheckCondition.Range("x", -5L, 5L), CheckConditionParser.parse("x between -5 and +5"));
    }

    @Test
    void numberListsAndAnEqualityWithOneValueReadAsInLists() {
        assertEquals(new CheckCondition.InValues("kind", List.of("2", "1")), CheckConditionParser.parse("kind in (2,1)"));
        assertEquals(new CheckCondition.InValues("DTYPE", List.of("Truck")),
                CheckConditionParser.parse("(\"DTYPE\" = 'Truck')"));
    }

    @Test
    void keepsEverythingElseAsTheDatabasesExpressionWithoutOuterParentheses() {
        assertEquals(new CheckCondition.Expression("price >= cost"), CheckConditionParser.parse("(price >= cost)"));
        assertEquals(new CheckCondition.Expression("(a > 0) and (b > 0)"),
                CheckConditionParser.parse("(a > 0) and (b > 0)"));
        assertEquals(new CheckCondition.Expression("a >= 0 and b <= 3"), CheckConditionParser.parse("a >= 0 and b <= 3"));
        assertEquals(new CheckCondition.Expression("x in (y, 2)"), CheckConditionParser.parse("x in (y, 2)"));
        assertEquals(new CheckCondition.Expression("x > 0"), CheckConditionParser.parse("x > 0"));
        assertEquals(new CheckCondition.Expression("x >= 0.5"), CheckConditionParser.parse("x >= 0.5"));
        assertEquals(new CheckCondition.Expression("x >= 0 and x >= 1"), CheckConditionParser.parse("x >= 0 and x >= 1"));
        assertEquals(new CheckCondition.Expression("length(name) > 0 AND name <> 'x'"),
                CheckConditionParser.parse("length(name) > 0\n  AND name <> 'x'"));
    }

    @Test
    void keepsQuotesAndCommasInsideValues() {
        assertEquals(new CheckCondition.InValues("kind", List.of("it's", "a, b", "(c)")),
                CheckConditionParser.parse("kind in ('it''s', 'a, b', '(c)')"));
    }
}

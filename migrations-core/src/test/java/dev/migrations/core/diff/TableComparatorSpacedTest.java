package dev.migrations.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Type texts compare without insignificant blanks, exactly as the two regular expressions they replace did. */
class TableComparatorSpacedTest {

    private static String byRegex(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replaceAll("\\s*([(),])\\s*", "$1").toLowerCase(Locale.ROOT);
    }

    @Test
    void blanksAroundPunctuationGoAndRunsBecomeOneSpace() {
        assertEquals("numeric(10,2)", TableComparator.spaced(" NUMERIC ( 10 , 2 ) "));
        assertEquals("timestamp(6)with time zone", TableComparator.spaced("timestamp(6)  with\ttime zone"));
        assertEquals("enum('a','b')", TableComparator.spaced("enum('A', 'B')"));
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomText() {
        Random random = new Random(7);
        String alphabet = "aZ9 \t\n(),'_";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byRegex(text.toString()), TableComparator.spaced(text.toString()), "'" + text + "'");
        }
    }
}

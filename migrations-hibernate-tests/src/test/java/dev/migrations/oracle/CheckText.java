package dev.migrations.oracle;

import dev.migrations.model.CheckCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the check conditions Hibernate writes ({@code status in ('NEW','PAID')}, {@code tier between 0 and 3},
 * {@code stars>=1}, {@code stars<=5}) into structured {@link CheckCondition}s; anything else stays an
 * {@link CheckCondition.Expression}.
 */
final class CheckText {

    private static final String NAME = "\"?([A-Za-z_][A-Za-z0-9_$]*)\"?";
    private static final Pattern IN = Pattern.compile("^" + NAME + "\\s+in\\s*\\((.*)\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BETWEEN = Pattern.compile(
            "^" + NAME + "\\s+between\\s+(-?\\d+)\\s+and\\s+(-?\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST = Pattern.compile("^" + NAME + "\\s*>=\\s*(-?\\d+)$");
    private static final Pattern AT_MOST = Pattern.compile("^" + NAME + "\\s*<=\\s*(-?\\d+)$");
    /** One list item: a quoted string or a bare literal such as a number. */
    private static final Pattern ITEM = Pattern.compile("\\s*(?:'((?:[^']|'')*)'|([^,'\\s][^,]*?))\\s*(?:,|$)");

    private CheckText() {
    }

    /** The values of an {@code in} list: {@code 'A','B'} or {@code 1,2}. */
    static List<String> items(String list) {
        List<String> values = new ArrayList<>();
        Matcher q = ITEM.matcher(list.strip());
        while (q.find() && q.end() > q.start()) {
            values.add(q.group(1) != null ? q.group(1).replace("''", "'") : q.group(2).strip());
            if (q.end() == list.strip().length()) {
                break;
            }
        }
        return values;
    }

    static CheckCondition parse(String text) {
        String t = text.strip();
        Matcher m = IN.matcher(t);
        if (m.matches()) {
            return new CheckCondition.InValues(m.group(1), items(m.group(2)));
        }
        m = BETWEEN.matcher(t);
        if (m.matches()) {
            return new CheckCondition.Range(m.group(1), Long.valueOf(m.group(2)), Long.valueOf(m.group(3)));
        }
        m = AT_LEAST.matcher(t);
        if (m.matches()) {
            return new CheckCondition.Range(m.group(1), Long.valueOf(m.group(2)), null);
        }
        m = AT_MOST.matcher(t);
        if (m.matches()) {
            return new CheckCondition.Range(m.group(1), null, Long.valueOf(m.group(2)));
        }
        return new CheckCondition.Expression(t);
    }
}

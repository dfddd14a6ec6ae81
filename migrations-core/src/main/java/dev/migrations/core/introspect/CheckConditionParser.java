package dev.migrations.core.introspect;

import dev.migrations.model.CheckCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a check constraint's SQL back into a {@link CheckCondition}, so that the diff compares meaning rather
 * than each database's spelling. Recognised, with any casts ({@code ::text}, {@code CAST(x AS t)}) and
 * redundant parentheses removed:
 * <ul>
 *   <li>{@code x in ('A','B')}, {@code x in (1,2)}, {@code x = 'A'} and PostgreSQL's
 *       {@code x = ANY (ARRAY['A','B'])} → {@link CheckCondition.InValues}
 *   <li>{@code x between 0 and 3}, {@code x >= 0 and x <= 3}, {@code x >= 0}, {@code x <= 3} (bounds on either
 *       side) → {@link CheckCondition.Range}
 * </ul>
 * Anything else becomes an {@link CheckCondition.Expression} holding the database's text with its outer
 * parentheses removed.
 *
 * <pre>{@code
 * CheckCondition c = CheckConditionParser.parse("\"ST\" IN('A', 'B')");   // InValues("ST", [A, B])
 * }</pre>
 */
public final class CheckConditionParser {

    private CheckConditionParser() {
    }

    /** The condition the check clause {@code sql} expresses. */
    public static CheckCondition parse(String sql) {
        List<SqlToken> tokens = stripParentheses(withoutCasts(SqlTokenizer.tokenize(sql)));
        CheckCondition structured = inValues(tokens);
        if (structured == null) {
            structured = range(tokens);
        }
        return structured != null ? structured : new CheckCondition.Expression(expressionText(sql));
    }

    /** The clause without surrounding whitespace and without parentheses that enclose all of it. */
    public static String expressionText(String sql) {
        String text = sql.strip();
        while (text.startsWith("(") && closingParenthesis(SqlTokenizer.tokenize(text), 0)
                == SqlTokenizer.tokenize(text).size() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.replaceAll("\\s*\\n\\s*", " ");
    }

    // ---------------------------------------------------------------- IN lists

    private static CheckCondition inValues(List<SqlToken> tokens) {
        int op = topLevelIndexOf(tokens, t -> t.isWord("IN") || t.isSymbol("="));
        if (op < 1) {
            return null;
        }
        String column = columnName(tokens.subList(0, op));
        if (column == null) {
            return null;
        }
        List<SqlToken> rest = tokens.subList(op + 1, tokens.size());
        if (tokens.get(op).isSymbol("=")) {
            if (stripParentheses(rest).size() == 1) {
                return stringList(column, rest); // x = 'v', as H2 stores an in-list of one
            }
            if (rest.isEmpty() || !rest.get(0).isWord("ANY")) {
                return null;
            }
            rest = stripParentheses(rest.subList(1, rest.size()));
            if (rest.size() < 3 || !rest.get(0).isWord("ARRAY") || !rest.get(1).isSymbol("[")
                    || !rest.get(rest.size() - 1).isSymbol("]")) {
                return null;
            }
            return stringList(column, rest.subList(2, rest.size() - 1));
        }
        if (rest.size() < 2 || !rest.get(0).isSymbol("(") || closingParenthesis(rest, 0) != rest.size() - 1) {
            return null;
        }
        return stringList(column, rest.subList(1, rest.size() - 1));
    }

    private static CheckCondition stringList(String column, List<SqlToken> items) {
        List<String> values = new ArrayList<>();
        for (List<SqlToken> item : splitTopLevel(items, t -> t.isSymbol(","))) {
            List<SqlToken> value = stripParentheses(item);
            if (value.size() != 1 || (value.get(0).kind() != SqlToken.Kind.STRING
                    && value.get(0).kind() != SqlToken.Kind.NUMBER)) {
                return null;
            }
            values.add(value.get(0).text());
        }
        return values.isEmpty() ? null : new CheckCondition.InValues(column, values);
    }

    // ---------------------------------------------------------------- ranges

    private static CheckCondition range(List<SqlToken> tokens) {
        String column = null;
        Long min = null;
        Long max = null;
        for (List<SqlToken> part : splitConjunction(tokens)) {
            Bound bound = bound(stripParentheses(part));
            if (bound == null || (column != null && !column.equals(bound.column))
                    || (bound.min != null && min != null) || (bound.max != null && max != null)) {
                return null;
            }
            column = bound.column;
            min = bound.min != null ? bound.min : min;
            max = bound.max != null ? bound.max : max;
        }
        return column == null ? null : new CheckCondition.Range(column, min, max);
    }

    private record Bound(String column, Long min, Long max) {
    }

    private static Bound bound(List<SqlToken> t) {
        int between = topLevelIndexOf(t, x -> x.isWord("BETWEEN"));
        if (between > 0) {
            int and = topLevelIndexOf(t, x -> x.isWord("AND"));
            String column = columnName(t.subList(0, between));
            Long low = and > between ? integer(t.subList(between + 1, and)) : null;
            Long high = and > between ? integer(t.subList(and + 1, t.size())) : null;
            return column == null || low == null || high == null ? null : new Bound(column, low, high);
        }
        int op = topLevelIndexOf(t, x -> x.isSymbol(">=") || x.isSymbol("<="));
        if (op < 1) {
            return null;
        }
        boolean atLeast = t.get(op).isSymbol(">=");
        List<SqlToken> left = t.subList(0, op);
        List<SqlToken> right = t.subList(op + 1, t.size());
        String column = columnName(left);
        Long value = integer(right);
        if (column == null || value == null) {
            column = columnName(right);
            value = integer(left);
            atLeast = !atLeast;
        }
        if (column == null || value == null) {
            return null;
        }
        return atLeast ? new Bound(column, value, null) : new Bound(column, null, value);
    }

    private static List<List<SqlToken>> splitConjunction(List<SqlToken> tokens) {
        List<List<SqlToken>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean betweenPending = false;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.isWord("BETWEEN")) {
                betweenPending = true;
            } else if (depth == 0 && t.isWord("AND")) {
                if (betweenPending) {
                    betweenPending = false;
                } else {
                    parts.add(tokens.subList(start, i));
                    start = i + 1;
                }
            }
        }
        parts.add(tokens.subList(start, tokens.size()));
        return parts;
    }

    // ---------------------------------------------------------------- operands

    /** The column an operand names, or {@code null} when it is not a lone (possibly qualified) column. */
    private static String columnName(List<SqlToken> operand) {
        List<SqlToken> t = stripParentheses(operand);
        if (t.size() == 1 && t.get(0).isIdentifier() && !isLiteralWord(t.get(0))) {
            return t.get(0).text();
        }
        if (t.size() == 3 && t.get(0).isIdentifier() && t.get(1).isSymbol(".") && t.get(2).isIdentifier()) {
            return t.get(2).text();
        }
        return null;
    }

    private static boolean isLiteralWord(SqlToken t) {
        return t.isWord("NULL") || t.isWord("TRUE") || t.isWord("FALSE");
    }

    private static Long integer(List<SqlToken> operand) {
        List<SqlToken> t = stripParentheses(operand);
        boolean negative = false;
        if (t.size() == 2 && (t.get(0).isSymbol("-") || t.get(0).isSymbol("+"))) {
            negative = t.get(0).isSymbol("-");
            t = t.subList(1, 2);
        }
        if (t.size() != 1 || t.get(0).kind() != SqlToken.Kind.NUMBER) {
            return null;
        }
        try {
            long value = Long.parseLong(t.get(0).text());
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- token lists

    /** The tokens with {@code ::type} suffixes and {@code CAST(x AS type)} wrappers removed. */
    public static List<SqlToken> withoutCasts(List<SqlToken> tokens) {
        List<SqlToken> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("::")) {
                i++;
                while (i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.WORD) {
                    i++;
                }
                if (i < tokens.size() && tokens.get(i).isSymbol("(")) {
                    i = closingParenthesis(tokens, i) + 1;
                }
                while (i + 1 < tokens.size() && tokens.get(i).isSymbol("[") && tokens.get(i + 1).isSymbol("]")) {
                    i += 2;
                }
                i--;
            } else if (t.isWord("CAST") && i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("(")) {
                int close = closingParenthesis(tokens, i + 1);
                List<SqlToken> inner = tokens.subList(i + 2, Math.max(i + 2, close));
                int as = topLevelIndexOf(inner, x -> x.isWord("AS"));
                out.addAll(withoutCasts(as < 0 ? inner : inner.subList(0, as)));
                i = close;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    public static List<SqlToken> stripParentheses(List<SqlToken> tokens) {
        List<SqlToken> t = tokens;
        while (t.size() >= 2 && t.get(0).isSymbol("(") && closingParenthesis(t, 0) == t.size() - 1) {
            t = t.subList(1, t.size() - 1);
        }
        return t;
    }

    /** The index of the parenthesis closing the one at {@code open}, or the last index when unbalanced. */
    public static int closingParenthesis(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    public static int topLevelIndexOf(List<SqlToken> tokens, java.util.function.Predicate<SqlToken> test) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && test.test(t)) {
                return i;
            }
        }
        return -1;
    }

    public static List<List<SqlToken>> splitTopLevel(List<SqlToken> tokens, java.util.function.Predicate<SqlToken> sep) {
        List<List<SqlToken>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && sep.test(t)) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        if (start < tokens.size() || !parts.isEmpty()) {
            parts.add(tokens.subList(start, tokens.size()));
        }
        return parts;
    }
}

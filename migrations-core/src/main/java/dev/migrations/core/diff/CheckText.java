package dev.migrations.core.diff;

import dev.migrations.model.CheckCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Compares check constraints by meaning. A database hands checks back as text in its own spelling
 * ({@code "STATUS" IN('A', 'B')}, {@code (level between 0 and 2)}); this class reads the common shapes back into
 * {@link CheckCondition.InValues} and {@link CheckCondition.Range} and writes one canonical text per meaning.
 * The values of an {@code in} list compare as a set: {@code x in ('A','B')} and {@code x in ('B','A')} allow the
 * same rows.
 *
 * <pre>{@code
 * CheckCondition c = CheckText.parse("\"STATUS\" IN('A', 'B')");   // InValues(STATUS, [A, B])
 * String key = CheckText.canonical(c);                             // status in ('A','B')
 * }</pre>
 */
public final class CheckText {

    private CheckText() {
    }

    /** One text per meaning: equal for two conditions that allow the same rows in the shapes this class knows. */
    public static String canonical(CheckCondition condition) {
        CheckCondition c = condition instanceof CheckCondition.Expression e ? parse(e.sql()) : condition;
        if (c instanceof CheckCondition.InValues in) {
            TreeSet<String> sorted = new TreeSet<>(in.values());
            List<String> quoted = sorted.stream().map(CheckText::literal).toList();
            return in.column().toLowerCase(Locale.ROOT) + " in (" + String.join(",", quoted) + ")";
        }
        if (c instanceof CheckCondition.Range r) {
            String col = r.column().toLowerCase(Locale.ROOT);
            if (r.min() != null && r.max() != null) {
                return col + " between " + r.min() + " and " + r.max();
            }
            return r.min() != null ? col + " >= " + r.min() : col + " <= " + r.max();
        }
        return normalizedSql(((CheckCondition.Expression) c).sql());
    }

    /** Reads {@code col in (…)}, {@code col between a and b}, {@code col >= a [and col <= b]}; else an Expression. */
    public static CheckCondition parse(String sql) {
        List<String> tokens = stripOuterParens(tokenize(sql));
        CheckCondition parsed = parseTokens(tokens);
        return parsed != null ? parsed : new CheckCondition.Expression(sql);
    }

    private static CheckCondition parseTokens(List<String> t) {
        if (t.size() >= 4 && isIdentifier(t.get(0)) && t.get(1).equalsIgnoreCase("in") && t.get(2).equals("(")
                && t.get(t.size() - 1).equals(")")) {
            List<String> values = new ArrayList<>();
            for (int i = 3; i < t.size() - 1; i++) {
                String tok = t.get(i);
                boolean expectValue = (i - 3) % 2 == 0;
                if (expectValue && tok.startsWith("'")) {
                    values.add(tok.substring(1, tok.length() - 1).replace("''", "'"));
                } else if (expectValue || !tok.equals(",")) {
                    return null;
                }
            }
            return values.isEmpty() ? null : new CheckCondition.InValues(unquote(t.get(0)), values);
        }
        if (t.size() == 5 && isIdentifier(t.get(0)) && t.get(1).equalsIgnoreCase("between")
                && t.get(3).equalsIgnoreCase("and")) {
            Long min = number(t.get(2));
            Long max = number(t.get(4));
            return min == null || max == null ? null : new CheckCondition.Range(unquote(t.get(0)), min, max);
        }
        int and = indexOfIgnoreCase(t, "and");
        if (and > 0) {
            CheckCondition left = parseTokens(stripOuterParens(t.subList(0, and)));
            CheckCondition right = parseTokens(stripOuterParens(t.subList(and + 1, t.size())));
            if (left instanceof CheckCondition.Range l && right instanceof CheckCondition.Range r
                    && l.column().equalsIgnoreCase(r.column())) {
                Long min = l.min() != null ? l.min() : r.min();
                Long max = l.max() != null ? l.max() : r.max();
                boolean oneEach = (l.min() == null) != (r.min() == null);
                return oneEach ? new CheckCondition.Range(l.column(), min, max) : null;
            }
            return null;
        }
        if (t.size() == 3 && isIdentifier(t.get(0))) {
            Long bound = number(t.get(2));
            if (bound == null) {
                return null;
            }
            return switch (t.get(1)) {
                case ">=" -> new CheckCondition.Range(unquote(t.get(0)), bound, null);
                case "<=" -> new CheckCondition.Range(unquote(t.get(0)), null, bound);
                default -> null;
            };
        }
        return null;
    }

    private static int indexOfIgnoreCase(List<String> tokens, String word) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            if (tok.equals("(")) {
                depth++;
            } else if (tok.equals(")")) {
                depth--;
            } else if (depth == 0 && tok.equalsIgnoreCase(word)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> stripOuterParens(List<String> tokens) {
        List<String> t = tokens;
        while (t.size() >= 2 && t.get(0).equals("(") && t.get(t.size() - 1).equals(")") && closesAtEnd(t)) {
            t = t.subList(1, t.size() - 1);
        }
        return t;
    }

    private static boolean closesAtEnd(List<String> t) {
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).equals("(")) {
                depth++;
            } else if (t.get(i).equals(")")) {
                depth--;
                if (depth == 0 && i < t.size() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isIdentifier(String tok) {
        char c = tok.charAt(0);
        return c == '"' || c == '`' || c == '[' || Character.isLetter(c) || c == '_';
    }

    private static String unquote(String tok) {
        char c = tok.charAt(0);
        if (c == '"' || c == '`' || c == '[') {
            return tok.substring(1, tok.length() - 1);
        }
        return tok;
    }

    private static Long number(String tok) {
        try {
            return Long.parseLong(tok);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String normalizedSql(String sql) {
        List<String> tokens = stripOuterParens(tokenize(sql));
        StringBuilder sb = new StringBuilder();
        for (String tok : tokens) {
            String norm = tok.startsWith("'") ? tok : unquote(tok).toLowerCase(Locale.ROOT);
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(norm);
        }
        return sb.toString();
    }

    /** Splits into string literals, quoted identifiers, words, numbers and operators; whitespace is dropped. */
    static List<String> tokenize(String sql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.add(sql.substring(i, Math.min(j + 1, n)));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.'
                    || (c == '-' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && lastIsOperator(out))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                        || sql.charAt(j) == '.')) {
                    j++;
                }
                out.add(sql.substring(i, j));
                i = j;
            } else if ((c == '>' || c == '<' || c == '!' || c == '=') && i + 1 < n && "=>".indexOf(sql.charAt(i + 1)) >= 0) {
                out.add(sql.substring(i, i + 2));
                i += 2;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    private static boolean lastIsOperator(List<String> out) {
        if (out.isEmpty()) {
            return true;
        }
        String last = out.get(out.size() - 1);
        return last.equals("(") || last.equals(",") || last.startsWith(">") || last.startsWith("<")
                || last.equals("=") || last.equalsIgnoreCase("and") || last.equalsIgnoreCase("between");
    }
}

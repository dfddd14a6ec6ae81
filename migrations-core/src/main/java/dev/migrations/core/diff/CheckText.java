package dev.migrations.core.diff;

import dev.migrations.core.introspect.CheckConditionParser;
import dev.migrations.model.CheckCondition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;

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
        return canonical(condition, column -> false);
    }

    /**
     * Like {@link #canonical(CheckCondition)}, and the values of an {@code in} list on a column for which
     * {@code numericColumn} is true compare as numbers: {@code kind in (2,1)} equals {@code kind in ('1','2')}.
     */
    public static String canonical(CheckCondition condition, Predicate<String> numericColumn) {
        CheckCondition c = condition instanceof CheckCondition.Expression e ? parse(e.sql()) : condition;
        if (c instanceof CheckCondition.InValues in) {
            boolean numeric = numericColumn.test(in.column()) && in.values().stream().allMatch(CheckText::isNumber);
            List<String> rendered = numeric
                    ? in.values().stream().map(BigDecimal::new).map(BigDecimal::stripTrailingZeros).distinct()
                            .sorted().map(BigDecimal::toPlainString).toList()
                    : new TreeSet<>(in.values()).stream().map(CheckText::literal).toList();
            return in.column().toLowerCase(Locale.ROOT) + " in (" + String.join(",", rendered) + ")";
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

    /** Reads a database's check text into a condition, as the schema readers do ({@link CheckConditionParser}). */
    public static CheckCondition parse(String sql) {
        return CheckConditionParser.parse(sql);
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

    private static String unquote(String tok) {
        char c = tok.charAt(0);
        if (c == '"' || c == '`' || c == '[') {
            return tok.substring(1, tok.length() - 1);
        }
        return tok;
    }

    private static boolean isNumber(String tok) {
        try {
            new BigDecimal(tok);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * The normal form of a boolean expression: {@code or}, {@code and} and {@code not} are read with their
     * precedence, parentheses are written only where precedence needs them, keywords and unquoted identifiers are
     * lower case and tokens are separated by one space. {@code (a <> 'X') or (b is not null)} and
     * {@code a <> 'X' or (b is not null)} have the same normal form.
     */
    static String normalizedSql(String sql) {
        return BoolExpr.read(tokenize(sql)).render(0);
    }

    /** A boolean expression tree: an operator over operands, or an atom (a comparison's tokens). */
    private record BoolExpr(String op, List<BoolExpr> operands, List<String> atom) {

        private static final int OR = 1;
        private static final int AND = 2;
        private static final int NOT = 3;
        private static final int ATOM = 4;

        static BoolExpr read(List<String> tokens) {
            List<String> t = stripOuterParens(tokens);
            List<List<String>> parts = splitTopLevel(t, "or");
            if (parts.size() > 1) {
                return new BoolExpr("or", parts.stream().map(BoolExpr::read).toList(), null);
            }
            parts = splitTopLevel(t, "and");
            if (parts.size() > 1) {
                return new BoolExpr("and", parts.stream().map(BoolExpr::read).toList(), null);
            }
            if (!t.isEmpty() && t.get(0).equalsIgnoreCase("not") && t.size() > 1) {
                return new BoolExpr("not", List.of(read(t.subList(1, t.size()))), null);
            }
            return new BoolExpr(null, List.of(), t);
        }

        /** Splits at {@code word} outside parentheses; the {@code and} of a {@code between … and} is no split. */
        private static List<List<String>> splitTopLevel(List<String> t, String word) {
            List<List<String>> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            boolean inBetween = false;
            for (int i = 0; i < t.size(); i++) {
                String tok = t.get(i);
                if (tok.equals("(")) {
                    depth++;
                } else if (tok.equals(")")) {
                    depth--;
                } else if (depth == 0 && tok.equalsIgnoreCase("between")) {
                    inBetween = true;
                } else if (depth == 0 && tok.equalsIgnoreCase(word)) {
                    if (word.equals("and") && inBetween) {
                        inBetween = false;
                    } else if (i > start) {
                        parts.add(t.subList(start, i));
                        start = i + 1;
                    }
                }
            }
            parts.add(t.subList(start, t.size()));
            return parts;
        }

        private int precedence() {
            if (op == null) {
                return ATOM;
            }
            return switch (op) {
                case "or" -> OR;
                case "and" -> AND;
                default -> NOT;
            };
        }

        String render(int outer) {
            String text;
            if (op == null) {
                text = atomText(atom);
            } else if (op.equals("not")) {
                text = "not " + operands.get(0).render(NOT + 1);
            } else {
                List<String> rendered = new ArrayList<>();
                for (BoolExpr e : operands) {
                    rendered.add(e.render(precedence()));
                }
                text = String.join(" " + op + " ", rendered);
            }
            return precedence() < outer ? "(" + text + ")" : text;
        }

        private static String atomText(List<String> tokens) {
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

package dev.migrations.core.introspect;

import dev.migrations.model.TypeKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Brings a column default to one normal form, so that the default our DDL writes reads back equal from every
 * database. Apply it to both sides of a comparison.
 *
 * <p>The normal form:
 * <ul>
 *   <li>no default, an empty text and {@code NULL} → {@code null}
 *   <li>parentheses around the whole expression and casts ({@code 'a'::character varying},
 *       {@code CAST('a' AS VARCHAR)}) are removed
 *   <li>a string literal keeps SQL quoting: {@code 'draft'}, {@code 'it''s'}
 *   <li>a number is written plainly without a plus sign or trailing zeros: {@code 0}, {@code -1}, {@code 1.5}
 *   <li>on a {@link TypeKind#BOOLEAN} column {@code 1}/{@code 0}/{@code true}/{@code 'f'}/{@code b'1'}… become {@code TRUE} or
 *       {@code FALSE}; elsewhere the keywords {@code TRUE}/{@code FALSE} are upper case
 *   <li>{@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE}, {@code CURRENT_TIME}, {@code LOCALTIMESTAMP} and
 *       {@code LOCALTIME} are upper case, with any empty {@code ()} or precision dropped; {@code now()} reads as
 *       {@code CURRENT_TIMESTAMP}
 *   <li>anything else is the expression text with runs of whitespace outside quotes collapsed
 * </ul>
 *
 * <pre>{@code
 * DefaultValues.normalize("('draft')", TypeKind.VARCHAR);   // 'draft'
 * DefaultValues.normalize("1", TypeKind.BOOLEAN);           // TRUE
 * }</pre>
 */
public final class DefaultValues {

    private static final Set<String> TIME_FUNCTIONS =
            Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME");

    private DefaultValues() {
    }

    /**
     * The normal form of a default expression.
     *
     * @param raw  the default as the database or the model spells it, or {@code null}
     * @param kind the column's logical kind, or {@code null} when unknown
     * @return the normal form, or {@code null} when there is no default
     */
    public static String normalize(String raw, TypeKind kind) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<SqlToken> tokens = CheckConditionParser.stripParentheses(
                CheckConditionParser.withoutCasts(SqlTokenizer.tokenize(raw)));
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1 && tokens.get(0).isWord("NULL")) {
            return null;
        }
        String bool = kind == TypeKind.BOOLEAN ? booleanLiteral(tokens) : null;
        if (bool != null) {
            return bool;
        }
        if (tokens.size() == 1) {
            SqlToken t = tokens.get(0);
            if (t.kind() == SqlToken.Kind.STRING) {
                return "'" + t.text().replace("'", "''") + "'";
            }
            if (t.kind() == SqlToken.Kind.NUMBER) {
                return number(t.text(), false);
            }
            if (t.isWord("TRUE") || t.isWord("FALSE")) {
                return t.upper();
            }
        }
        if (tokens.size() == 2 && tokens.get(1).kind() == SqlToken.Kind.NUMBER
                && (tokens.get(0).isSymbol("-") || tokens.get(0).isSymbol("+"))) {
            return number(tokens.get(1).text(), tokens.get(0).isSymbol("-"));
        }
        String time = timeFunction(tokens);
        if (time != null) {
            return time;
        }
        return collapseWhitespace(source(raw, tokens));
    }

    private static String booleanLiteral(List<SqlToken> tokens) {
        if (tokens.size() == 2 && tokens.get(0).isWord("B") && tokens.get(1).kind() == SqlToken.Kind.STRING) {
            // a bit literal, as MariaDB and MySQL report a bit column's default: b'1'
            return switch (tokens.get(1).text()) {
                case "1" -> "TRUE";
                case "0" -> "FALSE";
                default -> null;
            };
        }
        if (tokens.size() != 1) {
            return null;
        }
        String v = tokens.get(0).text().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "1", "true", "t", "y", "yes", "on" -> "TRUE";
            case "0", "false", "f", "n", "no", "off" -> "FALSE";
            default -> null;
        };
    }

    private static String number(String text, boolean negative) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (negative) {
                value = value.negate();
            }
            if (value.signum() == 0) {
                return "0";
            }
            return value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return (negative ? "-" : "") + text;
        }
    }

    private static String timeFunction(List<SqlToken> tokens) {
        SqlToken first = tokens.get(0);
        if (first.kind() != SqlToken.Kind.WORD) {
            return null;
        }
        String name = first.upper();
        boolean onlyArguments = tokens.size() == 1
                || (tokens.get(1).isSymbol("(") && CheckConditionParser.closingParenthesis(tokens, 1)
                == tokens.size() - 1 && tokens.size() <= 4);
        if (!onlyArguments) {
            return null;
        }
        if (TIME_FUNCTIONS.contains(name)) {
            return name;
        }
        if (name.equals("NOW") && tokens.size() == 3) {
            return "CURRENT_TIMESTAMP";
        }
        return null;
    }

    /** The source text the tokens cover. */
    private static String source(String raw, List<SqlToken> tokens) {
        return raw.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        boolean space = false;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
                if (c == '\'' || c == '"') {
                    quote = c;
                }
            }
        }
        return out.toString();
    }
}

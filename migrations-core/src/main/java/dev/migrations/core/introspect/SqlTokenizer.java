package dev.migrations.core.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text (a {@code CREATE TABLE} statement, a check clause, a type name) into tokens. Comments and
 * whitespace are dropped; quoted identifiers and string literals are unquoted. Malformed text (an unclosed
 * quote) ends the last token at the end of the input rather than failing: the reader must accept whatever the
 * database stored.
 */
public final class SqlTokenizer {

    private static final String[] SYMBOLS = {"::", ">=", "<=", "<>", "!=", "==", "||"};

    private SqlTokenizer() {
    }

    public static List<SqlToken> tokenize(String sql) {
        List<SqlToken> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'') {
                i = quoted(sql, i, '\'', SqlToken.Kind.STRING, tokens);
            } else if (c == '"') {
                i = quoted(sql, i, '"', SqlToken.Kind.QUOTED_IDENTIFIER, tokens);
            } else if (c == '`') {
                i = quoted(sql, i, '`', SqlToken.Kind.QUOTED_IDENTIFIER, tokens);
            } else if (c == '[' && !isSubscript(sql, i, tokens)) {
                int close = sql.indexOf(']', i + 1);
                int end = close < 0 ? n : close + 1;
                tokens.add(new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER,
                        sql.substring(i + 1, close < 0 ? n : close), i, end));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.'
                        || ((sql.charAt(i) == '+' || sql.charAt(i) == '-')
                        && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E')))) {
                    i++;
                }
                tokens.add(new SqlToken(SqlToken.Kind.NUMBER, sql.substring(start, i), start, i));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new SqlToken(SqlToken.Kind.WORD, sql.substring(start, i), start, i));
            } else {
                i = symbol(sql, i, tokens);
            }
        }
        return tokens;
    }

    /**
     * Whether {@code [} opens an array ({@code ARRAY['a']}, {@code text[]}) rather than a SQLite/SQL Server
     * quoted identifier ({@code [order]}).
     */
    private static boolean isSubscript(String sql, int i, List<SqlToken> tokens) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == ']') {
            return true;
        }
        if (tokens.isEmpty()) {
            return false;
        }
        SqlToken previous = tokens.get(tokens.size() - 1);
        return previous.isWord("ARRAY") || previous.isSymbol("]");
    }

    private static int quoted(String sql, int open, char quote, SqlToken.Kind kind, List<SqlToken> tokens) {
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    value.append(quote);
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            value.append(c);
            i++;
        }
        tokens.add(new SqlToken(kind, value.toString(), open, i));
        return i;
    }

    private static int symbol(String sql, int i, List<SqlToken> tokens) {
        for (String s : SYMBOLS) {
            if (sql.startsWith(s, i)) {
                tokens.add(new SqlToken(SqlToken.Kind.SYMBOL, s, i, i + s.length()));
                return i + s.length();
            }
        }
        tokens.add(new SqlToken(SqlToken.Kind.SYMBOL, String.valueOf(sql.charAt(i)), i, i + 1));
        return i + 1;
    }
}

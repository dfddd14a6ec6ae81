package dev.migrations.core.diff;

import java.util.function.UnaryOperator;

/**
 * Renames identifiers in an SQL expression (a check's text), leaving string literals alone and keeping each
 * identifier's quoting: {@code "MAIL" <> 'mail'} with {@code mail → email} becomes {@code "email" <> 'mail'}.
 */
final class IdentifierRenames {

    private IdentifierRenames() {
    }

    /**
     * The expression with every identifier for which {@code rename} gives a new name replaced by it.
     *
     * @param rename the new name of an identifier (given unquoted), or {@code null} to keep it
     */
    static String apply(String sql, UnaryOperator<String> rename) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = closing(sql, i, '\'');
                out.append(sql, i, end);
                i = end;
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = closing(sql, i, close);
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1));
                String renamed = rename.apply(name);
                out.append(renamed == null ? sql.substring(i, end) : c + renamed + close);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                String renamed = rename.apply(word);
                out.append(renamed == null ? word : renamed);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the quote that closes the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (quote != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}

package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One SQL statement of a script section, without its terminating semicolon.
 *
 * @param sql  the statement's text exactly as written, trimmed (leading comments kept)
 * @param line the line of the statement's first SQL token in the script file (1-based)
 */
public record Statement(String sql, int line) {

    private static final Set<String> ROW_CHANGES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT",
            "WITH");

    /**
     * Whether the statement only reads or changes rows: its first word is {@code INSERT}, {@code UPDATE},
     * {@code DELETE}, {@code MERGE}, {@code REPLACE}, {@code UPSERT} or {@code WITH}. Such a statement can run
     * inside a transaction on every database, and its effect is not visible in the catalogue. Schema changes,
     * procedure calls, {@code SET}, and MySQL's executable comments are not.
     *
     * <pre>{@code
     * new Statement("UPDATE book SET title = upper(title)", 7).changesRowsOnly();   // true
     * new Statement("CREATE INDEX ix_book_title ON book (title)", 8).changesRowsOnly();   // false
     * }</pre>
     */
    public boolean changesRowsOnly() {
        String text = executable();
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end < text.length() && ROW_CHANGES.contains(text.substring(0, end).toUpperCase(Locale.ROOT));
    }

    /**
     * The statement's first words, at most {@code count}, upper-cased: runs of letters, digits and underscores,
     * separated by anything else. None when the statement does not start with a letter (a MySQL executable
     * comment, a parenthesis).
     *
     * <pre>{@code
     * // [CREATE, OR, REPLACE, TEMPORARY]
     * new Statement("CREATE OR REPLACE TEMPORARY TABLE t (id INT)", 3).firstWords(4);
     * new Statement("/*!50001 CREATE TABLE t (id INT) *&#47;", 3).firstWords(4);   // []
     * }</pre>
     */
    public List<String> firstWords(int count) {
        String text = executable();
        List<String> words = new ArrayList<>(count);
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return words;
        }
        int at = 0;
        while (words.size() < count && at < text.length()) {
            int end = at;
            while (end < text.length() && isWordPart(text.charAt(end))) {
                end++;
            }
            if (end > at) {
                words.add(text.substring(at, end).toUpperCase(Locale.ROOT));
                at = end;
            } else {
                at++;
            }
        }
        return words;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The text sent to the database and quoted when it fails: from the first token on. A reviewed script's
     * {@code -- WARNING} lines belong to the reader, not to the database, and a database that quotes the failing
     * statement in its message (H2 cuts it short) would otherwise quote them instead of the statement.
     */
    public String executable() {
        return withoutLeadingComments(sql);
    }

    /**
     * The text from its first token on: leading {@code --} lines and {@code /* … *&#47;} comments go; MySQL's
     * executable {@code /*! … *&#47;} and optimizer hints {@code /*+ … *&#47;} are statements' text and stay.
     */
    static String withoutLeadingComments(String sql) {
        int at = 0;
        int length = sql.length();
        while (at < length) {
            char c = sql.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (sql.startsWith("--", at)) {
                int newline = sql.indexOf('\n', at);
                if (newline < 0) {
                    break;
                }
                at = newline + 1;
            } else if (sql.startsWith("/*", at) && at + 2 < length && sql.charAt(at + 2) != '!'
                    && sql.charAt(at + 2) != '+') {
                int end = sql.indexOf("*/", at + 2);
                if (end < 0 || sql.substring(at + 2, end).contains("/*")) {
                    // unterminated, or possibly nested (PostgreSQL nests block comments): keep it as written
                    break;
                }
                at = end + 2;
            } else {
                break;
            }
        }
        String rest = sql.substring(at).strip();
        return rest.isEmpty() || rest.startsWith("--") ? sql.strip() : rest;
    }
}

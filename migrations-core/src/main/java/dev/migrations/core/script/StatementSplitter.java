package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a script section into statements at semicolons that are outside quotes, comments, dollar-quoted bodies
 * and {@code BEGIN … END} blocks of triggers, functions and procedures.
 *
 * <p>Understood: {@code '…'}, {@code "…"}, {@code `…`} and {@code […]} with doubled-quote escapes; {@code E'…'}
 * strings with backslash escapes (PostgreSQL); backslash escapes in every string when
 * {@link #backslashEscapes} is set (MySQL and MariaDB by default); {@code --} and {@code /* *}{@code /} comments,
 * nested when {@link #nestedComments} is set (PostgreSQL); {@code $$…$$} and {@code $tag$…$tag$}; and for
 * {@code CREATE … TRIGGER|FUNCTION|PROCEDURE} statements the {@code BEGIN}/{@code CASE} … {@code END} nesting
 * (SQLite and MySQL trigger bodies, SQL-standard function bodies).
 *
 * <pre>{@code
 * List<Statement> statements = StatementSplitter.standard().split(sectionText, firstLineOfSection);
 * }</pre>
 */
public final class StatementSplitter {

    private final boolean backslashEscapes;
    private final boolean nestedComments;

    private StatementSplitter(boolean backslashEscapes, boolean nestedComments) {
        this.backslashEscapes = backslashEscapes;
        this.nestedComments = nestedComments;
    }

    /** Standard SQL strings (SQLite, H2, PostgreSQL), block comments not nested. */
    public static StatementSplitter standard() {
        return new StatementSplitter(false, false);
    }

    /** PostgreSQL: block comments nest. */
    public static StatementSplitter postgresql() {
        return new StatementSplitter(false, true);
    }

    /** MySQL and MariaDB: a backslash escapes the next character in every string. */
    public static StatementSplitter mysql() {
        return new StatementSplitter(true, false);
    }

    /** Whether a backslash escapes inside every quoted string. */
    public boolean backslashEscapes() {
        return backslashEscapes;
    }

    /** Whether {@code /* … *}{@code /} comments nest. */
    public boolean nestedComments() {
        return nestedComments;
    }

    /**
     * Splits {@code text}.
     *
     * @param text      the section's text
     * @param firstLine the file line on which {@code text} starts, so statements carry file lines
     * @return the statements in order; chunks holding only comments and whitespace are dropped
     * @throws SplitException for an unterminated quote, comment or dollar-quoted body (with its line)
     */
    public List<Statement> split(String text, int firstLine) {
        return new Scan(text, firstLine, true).run();
    }

    /**
     * Splits {@code text} at every semicolon outside quotes and comments, ignoring {@code BEGIN … END} blocks:
     * a second, simpler reading that shows whether a statement holds more than one statement.
     */
    public List<Statement> splitIgnoringBlocks(String text, int firstLine) {
        return new Scan(text, firstLine, false).run();
    }

    /**
     * Whether a statement whose leading words are {@code words} (upper case) defines a trigger, function or
     * procedure, whose body may hold semicolons: {@code CREATE [OR REPLACE] [TEMP|TEMPORARY|CONSTRAINT|EVENT|
     * AGGREGATE] TRIGGER|FUNCTION|PROCEDURE}, or MySQL's {@code CREATE DEFINER = … TRIGGER}. The keyword must be
     * one of the leading words, so a column named {@code trigger} in {@code CREATE TABLE} does not count.
     */
    public static boolean definesRoutine(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("CREATE")) {
            return false;
        }
        boolean definer = false;
        for (String word : words.subList(1, words.size())) {
            if (ROUTINES.contains(word)) {
                return true;
            }
            if (word.equals("DEFINER")) {
                definer = true;
            } else if (!definer && !MODIFIERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ROUTINES = Set.of("TRIGGER", "FUNCTION", "PROCEDURE");
    private static final Set<String> MODIFIERS = Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "CONSTRAINT",
            "EVENT", "AGGREGATE");

    /** A quote, comment or dollar-quoted body that never ends. */
    public static final class SplitException extends RuntimeException {
        private final int line;

        SplitException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The file line where the unterminated construct starts. */
        public int line() {
            return line;
        }
    }

    private final class Scan {
        private final String text;
        private final int firstLine;
        private final List<Statement> statements = new ArrayList<>();
        private int pos;
        private int chunkStart;
        private int codeStart = -1;
        private final List<String> leadingWords = new ArrayList<>();
        private boolean blockAware;
        private int depth;
        private boolean afterEnd;
        private final boolean blocks;

        Scan(String text, int firstLine, boolean blocks) {
            this.text = text;
            this.firstLine = firstLine;
            this.blocks = blocks;
        }

        List<Statement> run() {
            int n = text.length();
            while (pos < n) {
                char c = text.charAt(pos);
                char next = pos + 1 < n ? text.charAt(pos + 1) : '\0';
                if (c == '-' && next == '-') {
                    skipLineComment();
                } else if (c == '/' && next == '*') {
                    skipBlockComment();
                } else if (c == '\'') {
                    markCode();
                    boolean escapeString = isEscapeStringPrefix(pos);
                    skipQuoted('\'', '\'', backslashEscapes || escapeString, "string");
                    afterEnd = false;
                } else if (c == '"') {
                    markCode();
                    skipQuoted('"', '"', backslashEscapes, "quoted identifier");
                    afterEnd = false;
                } else if (c == '`') {
                    markCode();
                    skipQuoted('`', '`', false, "quoted identifier");
                    afterEnd = false;
                } else if (c == '[') {
                    markCode();
                    skipQuoted('[', ']', false, "bracketed identifier");
                    afterEnd = false;
                } else if (c == '$' && dollarTagAt(pos) != null) {
                    markCode();
                    skipDollarQuoted(dollarTagAt(pos));
                    afterEnd = false;
                } else if (c == ';') {
                    if (blockAware && depth > 0) {
                        pos++;
                        afterEnd = false;
                    } else {
                        endStatement(pos);
                        pos++;
                        chunkStart = pos;
                    }
                } else if (isWordStart(c)) {
                    markCode();
                    int start = pos;
                    while (pos < n && isWordPart(text.charAt(pos))) {
                        pos++;
                    }
                    // past the leading words only a routine's body reads words: skip copying the others
                    if (blockAware || leadingWords.size() < 8) {
                        word(text.substring(start, pos).toUpperCase(Locale.ROOT));
                    }
                } else {
                    if (!Character.isWhitespace(c)) {
                        markCode();
                        afterEnd = false;
                    }
                    pos++;
                }
            }
            endStatement(n);
            return statements;
        }

        private void word(String word) {
            if (leadingWords.size() < 8 && !blockAware) {
                leadingWords.add(word);
                blockAware = blocks && definesRoutine(leadingWords);
            }
            if (!blockAware) {
                return;
            }
            if (afterEnd) {
                afterEnd = false;
                if (word.equals("IF") || word.equals("LOOP") || word.equals("WHILE") || word.equals("REPEAT")) {
                    // "END IF" and its kin close constructs that were never counted: undo the END's decrement
                    depth++;
                    return;
                }
                if (word.equals("CASE")) {
                    // "END CASE" closes the CASE its END already counted
                    return;
                }
            }
            switch (word) {
                case "BEGIN", "CASE" -> depth++;
                case "END" -> {
                    depth = Math.max(0, depth - 1);
                    afterEnd = true;
                }
                default -> { }
            }
        }

        private void markCode() {
            if (codeStart < 0) {
                codeStart = pos;
            }
        }

        private void endStatement(int end) {
            if (codeStart >= 0) {
                String sql = text.substring(chunkStart, end).strip();
                statements.add(new Statement(sql, lineOf(codeStart)));
            }
            codeStart = -1;
            leadingWords.clear();
            blockAware = false;
            depth = 0;
            afterEnd = false;
        }

        private void skipLineComment() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
        }

        private void skipBlockComment() {
            int start = pos;
            int level = 0;
            while (pos < text.length()) {
                if (text.startsWith("/*", pos) && (level == 0 || nestedComments)) {
                    level++;
                    pos += 2;
                } else if (text.startsWith("*/", pos)) {
                    level--;
                    pos += 2;
                    if (level == 0) {
                        return;
                    }
                } else {
                    pos++;
                }
            }
            throw new SplitException("unterminated /* comment", lineOf(start));
        }

        private void skipQuoted(char open, char close, boolean backslash, String what) {
            int start = pos;
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (backslash && c == '\\') {
                    pos += 2;
                } else if (c == close) {
                    if (open == close && pos + 1 < text.length() && text.charAt(pos + 1) == close) {
                        pos += 2;
                    } else {
                        pos++;
                        return;
                    }
                } else {
                    pos++;
                }
            }
            throw new SplitException("unterminated " + what + " (" + open + ")", lineOf(start));
        }

        private void skipDollarQuoted(String tag) {
            int start = pos;
            int end = text.indexOf(tag, pos + tag.length());
            if (end < 0) {
                throw new SplitException("unterminated dollar-quoted body " + tag, lineOf(start));
            }
            pos = end + tag.length();
        }

        /** {@code $$} or {@code $tag$} where the tag is an identifier not starting with a digit. */
        private String dollarTagAt(int at) {
            if (at > 0 && isWordPart(text.charAt(at - 1))) {
                return null;
            }
            int i = at + 1;
            while (i < text.length() && isWordPart(text.charAt(i)) && text.charAt(i) != '$') {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != '$') {
                return null;
            }
            if (i > at + 1 && Character.isDigit(text.charAt(at + 1))) {
                return null;
            }
            return text.substring(at, i + 1);
        }

        /** {@code E'…'} (PostgreSQL escape string): the E stands alone, not as the end of a longer word. */
        private boolean isEscapeStringPrefix(int quote) {
            if (quote < 1) {
                return false;
            }
            char e = text.charAt(quote - 1);
            if (e != 'E' && e != 'e') {
                return false;
            }
            return quote < 2 || !isWordPart(text.charAt(quote - 2));
        }

        /** Line numbers are asked in increasing offsets: count on from the last one instead of from the start. */
        private int countedTo;
        private int countedLine;

        private int lineOf(int offset) {
            if (offset < countedTo || countedTo == 0) {
                countedTo = 0;
                countedLine = firstLine;
            }
            int end = Math.min(offset, text.length());
            for (int i = countedTo; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    countedLine++;
                }
            }
            countedTo = Math.max(countedTo, end);
            return countedLine;
        }
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

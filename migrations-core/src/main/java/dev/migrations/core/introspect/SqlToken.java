package dev.migrations.core.introspect;

import java.util.Locale;

/**
 * One token of SQL text, with where it sits in the source so that callers can cut the original spelling out.
 *
 * @param kind  what the token is
 * @param text  the token's value: an identifier unquoted, a string literal without its quotes and with doubled
 *              quotes undone, else the source text
 * @param start the offset of the first character in the source
 * @param end   the offset after the last character in the source
 */
public record SqlToken(Kind kind, String text, int start, int end) {

    public enum Kind {
        /** A bare word: a keyword or an unquoted identifier. */
        WORD,
        /** A quoted identifier ({@code "x"}, {@code `x`}, {@code [x]}). */
        QUOTED_IDENTIFIER,
        /** A string literal ({@code 'x'}). */
        STRING,
        NUMBER,
        /** Punctuation and operators: {@code ( ) , . ; >= <= <> != = < > + - * / ::}. */
        SYMBOL
    }

    /** Whether this is the bare word {@code word}, ignoring case. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether the token can name a column or table: a bare word or a quoted identifier. */
    public boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /** The upper-case text of a bare word, for keyword comparisons. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}

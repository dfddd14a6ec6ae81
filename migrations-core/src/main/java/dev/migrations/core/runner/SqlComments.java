package dev.migrations.core.runner;

/** Removes the comments a statement starts with, so that its first keyword can be recognised. */
public final class SqlComments {

    private SqlComments() {
    }

    /** The statement without leading {@code --} line comments and {@code /* … *}{@code /} block comments. */
    public static String strip(String sql) {
        String rest = sql.strip();
        while (true) {
            if (rest.startsWith("--")) {
                int newline = rest.indexOf('\n');
                rest = newline < 0 ? "" : rest.substring(newline + 1).strip();
            } else if (rest.startsWith("/*")) {
                int close = rest.indexOf("*/");
                rest = close < 0 ? "" : rest.substring(close + 2).strip();
            } else {
                return rest;
            }
        }
    }
}

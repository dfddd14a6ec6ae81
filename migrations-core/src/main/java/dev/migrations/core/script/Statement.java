package dev.migrations.core.script;

/**
 * One SQL statement of a script section, without its terminating semicolon.
 *
 * @param sql  the statement's text exactly as written, trimmed (leading comments kept)
 * @param line the line of the statement's first SQL token in the script file (1-based)
 */
public record Statement(String sql, int line) {
}

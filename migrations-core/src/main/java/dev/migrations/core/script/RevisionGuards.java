package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;

import java.util.ArrayList;
import java.util.List;

/**
 * The guards of a revision's {@code -- migrate:upgrade-guards} or {@code -- migrate:downgrade-guards} section,
 * split and checked before anything runs. Each guard is one {@code SELECT} (or {@code WITH … SELECT}) that must
 * return no rows; the {@code -- guard: …} comment line just above it names the step it protects.
 *
 * <pre>{@code
 * -- migrate:downgrade-guards
 * -- guard: type changed of column 'accounts.balance' from bigint to integer
 * select id, balance from accounts where balance < -2147483648 or balance > 2147483647;
 * }</pre>
 *
 * <pre>{@code
 * List<Guard> guards = RevisionGuards.downgrade(script, StatementSplitter.standard());
 * }</pre>
 */
public final class RevisionGuards {

    /** How the comment line that names a guard's step starts. */
    public static final String GUARD_COMMENT = "-- guard:";

    private RevisionGuards() {
    }

    /** The checked guards of {@code script}'s upgrade guard section; empty when it has none. */
    public static List<Guard> upgrade(RevisionScript script, StatementSplitter splitter) {
        return of(script, script.upgradeGuards(), splitter);
    }

    /** The checked guards of {@code script}'s downgrade guard section; empty when it has none. */
    public static List<Guard> downgrade(RevisionScript script, StatementSplitter splitter) {
        return of(script, script.downgradeGuards(), splitter);
    }

    private static List<Guard> of(RevisionScript script, Section section, StatementSplitter splitter) {
        if (section.text().isBlank()) {
            return List.of();
        }
        List<Statement> statements;
        try {
            statements = splitter.split(section.text(), section.firstLine());
        } catch (StatementSplitter.SplitException e) {
            throw new ScriptException("SCRIPT-009", script.location() + ":" + e.line() + ": " + e.getMessage()
                    + ". Close it; the statement splitter cannot tell where the guard ends.");
        }
        List<Guard> guards = new ArrayList<>();
        for (Statement statement : statements) {
            List<String> words = RevisionStatements.leadingWords(statement.sql(), 1);
            String first = words.isEmpty() ? "" : words.get(0);
            if (!first.equals("SELECT") && !first.equals("WITH")) {
                throw new ScriptException("SCRIPT-051", script.location() + ":" + statement.line() + ": a guard "
                        + "must be a query (SELECT or WITH … SELECT) that returns the rows the step would fail on, "
                        + "but this one starts with '" + (first.isEmpty() ? firstChars(statement.executable())
                        : first) + "'. Move statements that change the database into the upgrade or downgrade "
                        + "section, and keep only queries among the guards.");
            }
            List<Statement> parts = splitter.splitIgnoringBlocks(statement.sql(), statement.line());
            if (parts.size() > 1) {
                throw new ScriptException("SCRIPT-049", script.location() + ":" + parts.get(1).line() + ": the "
                        + "guard that starts on line " + statement.line() + " still holds another statement after "
                        + "a semicolon. End the guard before line " + parts.get(1).line() + " with its own semicolon.");
            }
            guards.add(new Guard(step(statement.sql(), script, statement.line()), statement.executable(),
                    statement.line()));
        }
        return guards;
    }

    /** The text of the last {@code -- guard:} line among the statement's leading comments, or a generic name. */
    static String step(String sql, RevisionScript script, int line) {
        String step = null;
        for (String raw : sql.split("\n", -1)) {
            String text = raw.strip();
            if (!text.startsWith("--")) {
                break;
            }
            String comment = text.substring(2).strip();
            if (comment.regionMatches(true, 0, "guard:", 0, "guard:".length())) {
                String described = comment.substring("guard:".length()).strip();
                step = described.isEmpty() ? null : described;
            }
        }
        return step != null ? step : "the guard at " + script.fileName() + ":" + line;
    }

    private static String firstChars(String sql) {
        String line = sql.lines().findFirst().orElse("").strip();
        return line.length() > 20 ? line.substring(0, 20) + "…" : line;
    }
}

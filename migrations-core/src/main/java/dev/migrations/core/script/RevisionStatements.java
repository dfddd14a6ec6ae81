package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statements of one section of a revision, split and checked before anything runs, so a script the runner
 * cannot execute faithfully is refused with its file and line while the database is still untouched.
 *
 * <p>Two checks guard against SQL that would silently not run or would break the command's transactions:
 * a statement that still holds a semicolon-separated second statement (JDBC drivers such as sqlite-jdbc run only
 * the first one and drop the rest without a word), and, in a transactional revision, a transaction-control
 * statement ({@code BEGIN}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code SAVEPOINT}, {@code RELEASE},
 * {@code START TRANSACTION}) that would end the revision's transaction behind the runner's back.
 *
 * <pre>{@code
 * List<Statement> statements = RevisionStatements.upgrade(script, StatementSplitter.standard());
 * }</pre>
 */
public final class RevisionStatements {

    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK",
            "SAVEPOINT", "RELEASE");

    private RevisionStatements() {
    }

    /** The checked statements of {@code script}'s upgrade section. */
    public static List<Statement> upgrade(RevisionScript script, StatementSplitter splitter) {
        return of(script, script.upgrade(), splitter);
    }

    /** The checked statements of {@code script}'s downgrade section. */
    public static List<Statement> downgrade(RevisionScript script, StatementSplitter splitter) {
        return of(script, script.downgrade(), splitter);
    }

    private static List<Statement> of(RevisionScript script, Section section, StatementSplitter splitter) {
        List<Statement> statements;
        try {
            statements = splitter.split(section.text(), section.firstLine());
        } catch (StatementSplitter.SplitException e) {
            throw new ScriptException("SCRIPT-009", script.location() + ":" + e.line() + ": " + e.getMessage()
                    + ". Close it; the statement splitter cannot tell where the statement ends.");
        }
        check(script, statements, splitter);
        return statements;
    }

    /** Refuses statements that would not run as written (see the class comment). */
    static void check(RevisionScript script, List<Statement> statements, StatementSplitter splitter) {
        for (Statement statement : statements) {
            List<String> words = leadingWords(statement.sql(), 8);
            requireSingle(script, statement, words, splitter);
            if (script.transactional()) {
                requireNoTransactionControl(script, statement, words);
            }
        }
    }

    /** A statement may hold semicolons only inside the body of a trigger, function or procedure. */
    private static void requireSingle(RevisionScript script, Statement statement, List<String> words,
                                      StatementSplitter splitter) {
        if (StatementSplitter.definesRoutine(words)) {
            return;
        }
        List<Statement> parts = splitter.splitIgnoringBlocks(statement.sql(), statement.line());
        if (parts.size() > 1) {
            throw new ScriptException("SCRIPT-049", script.location() + ":" + parts.get(1).line() + ": the "
                    + "statement that starts on line " + statement.line() + " still holds another statement after "
                    + "a semicolon, and the database would run only the first one. End the statement before line "
                    + parts.get(1).line() + " with its own semicolon outside any BEGIN … END (only CREATE TRIGGER, "
                    + "FUNCTION and PROCEDURE bodies may hold semicolons).");
        }
    }

    private static void requireNoTransactionControl(RevisionScript script, Statement statement, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String first = words.get(0);
        boolean control = TRANSACTION_CONTROL.contains(first)
                || first.equals("START") && words.size() > 1 && words.get(1).equals("TRANSACTION");
        if (control) {
            throw new ScriptException("SCRIPT-050", script.location() + ":" + statement.line() + ": '"
                    + String.join(" ", words.subList(0, Math.min(2, words.size()))) + "' controls the transaction, "
                    + "but this revision already runs in one transaction that the runner begins and commits. "
                    + "Remove the statement, or add '-- migrate:no-transaction' to the header to run the revision "
                    + "statement by statement.");
        }
    }

    /** The first {@code max} words of {@code sql} in upper case, skipping comments; stops at the first non-word. */
    static List<String> leadingWords(String sql, int max) {
        List<String> words = new ArrayList<>();
        int pos = 0;
        int n = sql.length();
        while (pos < n && words.size() < max) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", pos)) {
                int end = sql.indexOf("*/", pos + 2);
                pos = end < 0 ? n : end + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < n && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
                    pos++;
                }
                words.add(sql.substring(start, pos).toUpperCase(Locale.ROOT));
            } else {
                break;
            }
        }
        return words;
    }
}

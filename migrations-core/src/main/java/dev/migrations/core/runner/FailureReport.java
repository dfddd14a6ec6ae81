package dev.migrations.core.runner;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.MigrationStep.Direction;
import dev.migrations.core.database.Database;
import dev.migrations.core.history.RevisionProgress;
import dev.migrations.core.script.RevisionGraph;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.RevisionStatements;
import dev.migrations.core.script.Statement;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** The messages of a failed statement: where it failed, what the database said, what state remains, what to do. */
final class FailureReport {

    private FailureReport() {
    }

    static MigrationFailedException inTransaction(RevisionScript script, List<Statement> statements,
                                                  int index, Direction direction,
                                                  List<MigrationStep> done, boolean earlierKept,
                                                  SQLException e) {
        Statement statement = statements.get(index);
        String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        String doneIds = done.stream().map(MigrationStep::revision).collect(Collectors.joining(", "));
        String earlier;
        if (!earlierKept) {
            earlier = "The database rolled back the whole transaction by itself (for example a trigger's "
                    + "RAISE(ROLLBACK)), so " + (done.isEmpty() ? "nothing of this command remains."
                    : "the revisions this command completed before it (" + doneIds + ") are undone as well.");
        } else {
            earlier = done.isEmpty() ? "No earlier revision ran in this command."
                    : "Revisions completed before it stay " + (direction == Direction.UPGRADE ? "applied" : "reverted")
                    + ": " + doneIds + ".";
        }
        return new MigrationFailedException("RUN-001", "The " + verb + " of revision " + script.id() + " ("
                + script.message() + ") failed at " + script.location() + ":" + statement.line() + " (statement "
                + (index + 1) + " of " + statements.size() + "):\n" + indent(statement.executable())
                + "\nThe database said: " + databaseMessage(e)
                + "\nThe revision was rolled back: " + (direction == Direction.UPGRADE
                ? "none of its statements remain and no version row was written. "
                : "its downgrade statements are undone and its version row stays, so it is still applied. ")
                + earlier
                + " Fix the statement and run " + Advice.command(verb) + " again.", earlierKept ? done : List.of(), e);
    }

    static MigrationFailedException withoutTransaction(RevisionScript script, List<Statement> statements,
                                                       int index, Direction direction,
                                                       List<MigrationStep> done, List<Statement> ran,
                                                       String versionTable, String reason, SQLException e) {
        Statement statement = statements.get(index);
        String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        String ranText = ran.isEmpty() ? "none"
                : ran.stream().map(s -> "line " + s.line()).collect(Collectors.joining(", "));
        int notRun = statements.size() - index - 1;
        String stampTarget = direction == Direction.UPGRADE ? script.id()
                : script.parents().isEmpty() ? "base" : String.join(",", script.parents());
        return new MigrationFailedException("RUN-002", "The " + verb + " of revision " + script.id() + " ("
                + script.message() + ") ran statement by statement (" + reason + "), and statement "
                + (index + 1) + " of " + statements.size() + " failed at " + script.location() + ":"
                + statement.line() + ":\n" + indent(statement.executable())
                + "\nThe database said: " + databaseMessage(e)
                + "\nStatements that ran and stay in effect: " + ranText + ". Statements not run after the failing "
                + "one: " + notRun + ". The revision is NOT recorded in " + versionTable + " ("
                + (direction == Direction.UPGRADE ? "it counts as not applied" : "it counts as still applied")
                + "). Repair the database by hand: either undo the statements that ran, fix the script and run "
                + Advice.command(verb) + " again; or finish the remaining statements by hand and record the "
                + "result with " + Advice.command("stamp", "target=" + stampTarget) + ".", done, e);
    }

    /**
     * Everything the database said: the message and those of the exceptions chained to it (a batch, PostgreSQL's
     * detail), each once.
     */
    static String databaseMessage(SQLException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        int shown = 0;
        for (SQLException next = e.getNextException(); next != null && shown < 5; next = next.getNextException()) {
            String more = next.getMessage() == null ? "" : next.getMessage().strip();
            if (!more.isEmpty() && text.indexOf(more) < 0) {
                text.append('\n').append(more);
                shown++;
            }
        }
        return text.toString();

    }

    /**
     * A revision that an earlier command began running statement by statement and never ended: its process was
     * killed or lost its connection. Says what ran, what may have run, and the two ways out.
     */
    static MigrationFailedException interrupted(RevisionProgress.Mark mark, RevisionGraph graph,
                                                Database database, String versionTable) {
        boolean upgrade = !"downgrade".equals(mark.direction());
        String verb = upgrade ? "upgrade" : "downgrade";
        RevisionScript script = graph.contains(mark.revision()) ? graph.script(mark.revision()) : null;
        List<Statement> statements = List.of();
        if (script != null) {
            try {
                statements = upgrade ? RevisionStatements.upgrade(script, database.splitter())
                        : RevisionStatements.downgrade(script, database.splitter());
            } catch (RuntimeException unreadable) {
                // the lines are a courtesy; the counts below still say what ran
            }
        }
        boolean lines = statements.size() == mark.total();
        int total = mark.total();
        int done = Math.min(mark.done(), total);
        // a counted statement commits together with the mark's count, so what may have run after the count ends
        // at the first of them
        int mayEnd = total;
        boolean[] counted = lines ? CountedStatements.of(statements, database) : new boolean[0];
        for (int i = done; i < counted.length; i++) {
            if (counted[i]) {
                mayEnd = i + 1;
                break;
            }
        }
        String ran = done == 0 ? "none of its " + total + " statements was recorded as completed"
                : (done == 1 ? "statement 1" : "statements 1–" + done) + " of its " + total + " had completed"
                + linesOf(statements, 0, done, lines);
        String running;
        if (done >= total) {
            running = "; only its version row was not written";
        } else {
            running = ": " + (mayEnd == done + 1 ? "statement " + mayEnd : "statements " + (done + 1) + "–" + mayEnd)
                    + linesOf(statements, done, mayEnd, lines) + " may have run"
                    + (mayEnd == done + 1 ? "" : ", in that order (each one only if those before it did)")
                    + ", since the database finishes a statement whose process has ended"
                    + (mayEnd < total ? "; " + (mayEnd + 1 == total ? "statement " + total
                    : "statements " + (mayEnd + 1) + "–" + total) + " did not" : "");
        }
        String parents = script == null || script.parents().isEmpty() ? "base" : String.join(",", script.parents());
        String finished = upgrade ? mark.revision() : parents;
        String undone = upgrade ? parents : mark.revision();
        return new MigrationFailedException("RUN-004", "The " + verb + " of revision " + mark.revision()
                + (script == null ? "" : " (" + script.message() + ") from " + script.location())
                + " was interrupted in an earlier run (started " + mark.startedAt() + " UTC by " + mark.startedBy()
                + "): its process ended or lost its connection while the revision ran statement by statement, "
                + "when " + ran + running + ". What ran stays in effect, and the revision is NOT recorded in "
                + versionTable + " (it counts as " + (upgrade ? "not applied" : "still applied") + "). Nothing "
                + "was run now. Repair the database by hand, then record what is true: either finish the remaining "
                + "statements and run " + Advice.command("stamp", "target=" + finished) + "; or undo what ran and "
                + "run " + Advice.command("stamp", "target=" + undone) + ", then " + Advice.command(verb)
                + " again. The stamp clears this mark.", List.of(), null);
    }

    /** The lines of statements {@code from} (inclusive) to {@code to} (exclusive), in brackets. */
    private static String linesOf(List<Statement> statements, int from, int to, boolean known) {
        if (!known || from >= to) {
            return "";
        }
        return statements.subList(from, to).stream().map(st -> String.valueOf(st.line()))
                .collect(Collectors.joining(", ", to - from == 1 ? " (line " : " (lines ", ")"));
    }

    private static String indent(String sql) {
        String shown = sql.length() > 2000 ? sql.substring(0, 2000) + " …" : sql;
        return "    " + shown.replace("\n", "\n    ");
    }
}

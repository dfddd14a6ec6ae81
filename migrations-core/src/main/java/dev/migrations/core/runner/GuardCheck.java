package dev.migrations.core.runner;

import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.MigrationStep.Direction;
import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.script.Guard;
import dev.migrations.core.script.RevisionScript;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the guards of a revision before its first statement: each query must return no rows. Guards that find rows
 * refuse the revision ({@code RUN-005}), all of them in one message, each with the step it protects, how many rows
 * it found and the first few of them; a guard the database cannot run refuses it as well ({@code RUN-006}). Either way nothing of the
 * revision has run, on every database, whether its DDL is transactional or not.
 *
 * <pre>{@code
 * new GuardCheck(listener).require(connection, script, Direction.DOWNGRADE, guards, done);
 * }</pre>
 */
final class GuardCheck {

    /** How many offending rows the refusal shows. */
    static final int SHOWN_ROWS = 5;
    private static final int LONGEST_VALUE = 60;

    private final MigrationListener listener;

    GuardCheck(MigrationListener listener) {
        this.listener = listener;
    }

    /**
     * Runs every guard in order.
     *
     * @param done the revisions this command completed before, for the message
     * @throws MigrationFailedException when a guard finds rows or cannot run
     */
    void require(Connection connection, RevisionScript script, Direction direction, List<Guard> guards,
                 List<MigrationStep> done) {
        List<Refusal> refusals = new ArrayList<>();
        for (Guard guard : guards) {
            listener.debug("  guard at line " + guard.line() + ": " + guard.step());
            Found found;
            try {
                found = run(connection, guard.sql());
            } catch (SQLException e) {
                throw new MigrationFailedException("RUN-006", "The " + verb(direction) + " of revision "
                        + script.id() + " (" + script.message() + ") was refused before its first statement: its "
                        + "guard at " + script.location() + ":" + guard.line() + " (for the step \"" + guard.step()
                        + "\") could not run.\nThe database said: " + FailureReport.databaseMessage(e)
                        + "\nNothing of this revision ran. " + earlier(direction, done) + " Fix the guard's query (it "
                        + "must be a SELECT that this database runs) and run " + Advice.command(verb(direction))
                        + " again.", done, e);
            }
            if (found.count() > 0) {
                refusals.add(new Refusal(guard, found));
            }
        }
        if (!refusals.isEmpty()) {
            // every guard that finds rows is reported at once, so that all the data can be fixed in one go
            throw refused(script, direction, refusals, done);
        }
    }

    /** A guard that found rows. */
    private record Refusal(Guard guard, Found found) {
    }

    /** The rows a guard found: how many, and the first {@link #SHOWN_ROWS} as {@code column=value} lines. */
    record Found(long count, List<String> rows) {
    }

    /** Runs one guard, counting all rows it returns and keeping the first few. */
    static Found run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            List<String> shown = new ArrayList<>();
            long count = 0;
            while (rows.next()) {
                count++;
                if (shown.size() < SHOWN_ROWS) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(meta.getColumnLabel(i) + "=" + shorten(rows.getString(i)));
                    }
                    shown.add(String.join(", ", values));
                }
            }
            return new Found(count, shown);
        }
    }

    private static MigrationFailedException refused(RevisionScript script, Direction direction,
                                                    List<Refusal> refusals, List<MigrationStep> done) {
        boolean upgrade = direction == Direction.UPGRADE;
        List<String> findings = new ArrayList<>();
        for (Refusal refusal : refusals) {
            Found found = refusal.found();
            String rows = found.rows().stream().map(r -> "    " + r).collect(Collectors.joining("\n"));
            String more = found.count() > found.rows().size()
                    ? "\n    … and " + (found.count() - found.rows().size()) + " more" : "";
            findings.add("its guard at " + script.location() + ":" + refusal.guard().line() + " found "
                    + found.count() + " row" + (found.count() == 1 ? "" : "s") + " that the step \""
                    + refusal.guard().step() + "\" would fail on or damage:\n" + rows + more);
        }
        String where = refusals.size() == 1 ? "the guard at " + script.location() + ":" + refusals.get(0).guard()
                .line() : "those guards in " + script.location();
        String editGuard = upgrade ? "edit " + where
                : "edit " + where + " and, since the revision is applied, record the changed file with "
                + Advice.command("stamp", "target=" + script.id());
        return new MigrationFailedException("RUN-005", "The " + verb(direction) + " of revision " + script.id()
                + " (" + script.message() + ") was refused before its first statement: "
                + String.join(";\nand ", findings)
                + "\nNothing of this revision ran and its version row is unchanged (it counts as "
                + (upgrade ? "not applied" : "still applied") + "). " + earlier(direction, done)
                + " Fix the data (update or delete those rows) and run " + Advice.command(verb(direction))
                + " again; or, if " + (refusals.size() == 1 ? "the step is" : "the steps are") + " meant to handle "
                + "such rows, change " + (refusals.size() == 1 ? "the step" : "them") + " and " + editGuard + ".",
                done, null);
    }

    private static String earlier(Direction direction, List<MigrationStep> done) {
        return done.isEmpty() ? "No earlier revision ran in this command."
                : "Revisions completed before it in this command stay " + (direction == Direction.UPGRADE
                ? "applied" : "reverted") + ": " + done.stream().map(MigrationStep::revision)
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String verb(Direction direction) {
        return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    private static String shorten(String value) {
        if (value == null) {
            return "null";
        }
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() > LONGEST_VALUE ? oneLine.substring(0, LONGEST_VALUE) + "…" : oneLine;
    }
}

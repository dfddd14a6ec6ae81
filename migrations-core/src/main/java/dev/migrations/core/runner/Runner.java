package dev.migrations.core.runner;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.database.Database;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.DowngradeResult;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.MigrationStep.Direction;
import dev.migrations.core.api.ScriptException;
import dev.migrations.core.api.StampResult;
import dev.migrations.core.api.UpgradeResult;
import dev.migrations.core.history.AppliedRevision;
import dev.migrations.core.history.IntegrityCheck;
import dev.migrations.core.history.RevisionProgress;
import dev.migrations.core.history.VersionTable;
import dev.migrations.core.script.Guard;
import dev.migrations.core.script.RevisionGraph;
import dev.migrations.core.script.RevisionGuards;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.RevisionStatements;
import dev.migrations.core.script.Statement;
import dev.migrations.core.script.Targets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies, reverts and stamps revisions on a live database, under the database's lock, and reads its current
 * state. Every command that writes holds the lock from before it reads the version table until it ends.
 */
public final class Runner {

    /** What the version table says, read without writing anything. */
    public record State(boolean tableExists, List<AppliedRevision> rows) {
    }

    private final JdbcConnections connections;
    private final Database support;
    private final VersionTable table;
    private final MigrationListener listener;
    private final String appliedBy;
    private final Duration lockTimeout;
    private final Clock clock;
    private final String scriptSource;
    private final String schema;
    private final RevisionProgress progress;

    /**
     * @param schema the schema the command works in (the version table's, and the current schema while revisions
     *               run), or {@code null} for the connection's own
     */
    public Runner(JdbcConnections connections, Database support, VersionTable table, String schema,
                  MigrationListener listener, String appliedBy, Duration lockTimeout, Clock clock,
                  String scriptSource) {
        this.connections = connections;
        this.schema = schema;
        this.support = support;
        this.table = table;
        this.listener = listener;
        this.appliedBy = appliedBy;
        this.lockTimeout = lockTimeout;
        this.clock = clock;
        this.scriptSource = scriptSource;
        this.progress = new RevisionProgress(support, schema, table.name());
    }

    /** Reads the version table; creates nothing (not even a missing SQLite file). */
    public State state() {
        if (connections.isMissing()) {
            return new State(false, List.of());
        }
        try (Connection connection = connections.open()) {
            if (!table.exists(connection)) {
                return new State(false, List.of());
            }
            return new State(true, table.read(connection));
        } catch (SQLException e) {
            throw databaseError("read the version table " + table.name(), e);
        }
    }

    public UpgradeResult upgrade(RevisionGraph graph, String target) {
        // most starts find nothing to do: that is answered without the lock (see UnlockedUpgradeCheck)
        return locked(connection -> UnlockedUpgradeCheck.nothingToDo(connection, table, graph, target, listener),
                (connection, session) -> {
            List<AppliedRevision> rows = prepare(connection, graph, true);
            Set<String> applied = ids(rows);
            List<String> before = graph.headsOf(applied);
            Set<String> goal = new Targets(graph, () -> before).resolve(target);
            Set<String> wanted = graph.ancestorsOf(goal);
            wanted.removeAll(applied);
            List<String> plan = graph.inOrder(wanted);
            List<List<Statement>> statements = statementsOf(graph, plan, Direction.UPGRADE);
            List<List<Guard>> guards = guardsOf(graph, plan, Direction.UPGRADE);
            ensureTable(connection, session);
            if (plan.isEmpty()) {
                reportNothingToUpgrade(listener, graph, target, applied, before, goal);
            }
            List<MigrationStep> done = runPlan(connection, session, steps(graph, plan, statements, guards),
                    Direction.UPGRADE);
            Set<String> after = new HashSet<>(applied);
            after.addAll(plan);
            return new UpgradeResult(before, graph.headsOf(after), done);
        });
    }

    /** Says that an upgrade to {@code target} has nothing to do, and whether the database is already past it. */
    static void reportNothingToUpgrade(MigrationListener listener, RevisionGraph graph, String target,
                                       Set<String> applied, List<String> before, Set<String> goal) {
        Set<String> past = graph.descendantsOf(goal.isEmpty() ? graph.bases() : goal);
        past.removeAll(goal);
        past.retainAll(applied);
        listener.info("Nothing to upgrade: the database is at " + describe(before) + "." + (past.isEmpty()
                ? "" : " It is already past '" + target + "'; to go back to it run "
                + Advice.command("downgrade", "target=" + target) + "."));
    }

    public DowngradeResult downgrade(RevisionGraph graph, String target) {
        return locked((connection, session) -> {
            List<AppliedRevision> rows = prepare(connection, graph, true);
            Set<String> applied = ids(rows);
            List<String> before = graph.headsOf(applied);
            Targets targets = new Targets(graph, () -> before);
            Set<String> goal = targets.resolve(target);
            for (String id : goal) {
                if (!applied.contains(id)) {
                    throw new ScriptException("SCRIPT-028", "Cannot downgrade to " + id + ": it is not applied "
                            + "(the database is at " + describe(before) + "). Downgrade targets are applied "
                            + "revisions, -N or base; to go forward use " + Advice.command("upgrade") + ".");
                }
            }
            Set<String> revert = new TreeSet<>(applied);
            Optional<String> walkStart = targets.downwardWalkStart(target);
            if (walkStart.isPresent()) {
                // only the walked path and what depends on it: sibling branches and other roots stay
                Set<String> walked = graph.ancestorsOf(List.of(walkStart.get()));
                walked.removeAll(graph.ancestorsOf(goal));
                revert.retainAll(graph.descendantsOf(walked));
            } else if (!goal.isEmpty()) {
                Set<String> later = graph.descendantsOf(goal);
                later.removeAll(goal);
                revert.retainAll(later);
            }
            List<String> plan = new ArrayList<>(graph.inOrder(revert));
            Collections.reverse(plan);
            List<List<Statement>> statements = statementsOf(graph, plan, Direction.DOWNGRADE);
            List<List<Guard>> guards = guardsOf(graph, plan, Direction.DOWNGRADE);
            if (plan.isEmpty()) {
                listener.info("Nothing to downgrade: the database is at " + describe(before) + ".");
            }
            List<MigrationStep> done = runPlan(connection, session, steps(graph, plan, statements, guards),
                    Direction.DOWNGRADE);
            Set<String> after = new HashSet<>(applied);
            plan.forEach(after::remove);
            return new DowngradeResult(before, graph.headsOf(after), done);
        });
    }

    public StampResult stamp(RevisionGraph graph, String target, boolean purge) {
        return locked((connection, session) -> {
            List<AppliedRevision> rows = prepare(connection, graph, false);
            Set<String> applied = ids(rows);
            List<String> before = graph.headsOf(applied);
            Set<String> goal = new Targets(graph, () -> before).resolve(target);
            Set<String> desired = new LinkedHashSet<>();
            if (!goal.isEmpty()) {
                Set<String> later = graph.descendantsOf(goal);
                later.removeAll(goal);
                if (!purge) {
                    applied.stream().filter(graph::contains).filter(id -> !later.contains(id)).forEach(desired::add);
                }
                desired.addAll(graph.ancestorsOf(goal));
            }
            ensureTable(connection, session);
            session.beginRevision();
            try {
                if (purge) {
                    table.deleteAll(connection);
                    listener.info("Purged the version table " + table.name());
                }
                Set<String> present = purge ? Set.of() : applied;
                List<String> removed = new ArrayList<>(new TreeSet<>(applied));
                removed.removeAll(desired);
                for (String id : removed) {
                    if (present.contains(id)) {
                        table.delete(connection, id);
                    }
                }
                List<String> added = graph.inOrder(desired.stream().filter(id -> !present.contains(id)).toList());
                for (String id : added) {
                    RevisionScript script = graph.script(id);
                    table.insert(connection, id, script.message(), script.checksum(), clock.instant(), appliedBy, 0);
                }
                List<String> refreshed = new ArrayList<>();
                for (AppliedRevision row : rows) {
                    if (present.contains(row.id()) && desired.contains(row.id())) {
                        RevisionScript script = graph.script(row.id());
                        if (!script.checksum().equals(row.checksum()) || !script.message().equals(row.message())) {
                            table.updateChecksum(connection, row.id(), script.checksum(), script.message());
                            refreshed.add(row.id());
                        }
                    }
                }
                for (RevisionProgress.Mark mark : progress.clear(connection)) {
                    listener.info("Cleared the mark of the interrupted " + mark.direction() + " of revision "
                            + mark.revision() + " (" + mark.done() + " of its " + mark.total()
                            + " statements recorded as completed)");
                }
                session.commitRevision();
                List<String> after = graph.headsOf(desired);
                listener.info("Stamped " + describe(after) + (before.equals(after) ? "" : " (was " + describe(before)
                        + ")"));
                return new StampResult(before, after, added, removed, graph.inOrder(refreshed), purge);
            } catch (SQLException | RuntimeException e) {
                session.rollbackRevision();
                throw e;
            }
        });
    }

    /** Reads the table (empty when it does not exist yet) and, for upgrade and downgrade, verifies checksums. */
    private List<AppliedRevision> prepare(Connection connection, RevisionGraph graph, boolean verify)
            throws SQLException {
        List<AppliedRevision> rows = table.exists(connection) ? table.read(connection) : List.of();
        if (verify) {
            List<RevisionProgress.Mark> interrupted = progress.read(connection);
            if (!interrupted.isEmpty()) {
                throw FailureReport.interrupted(interrupted.get(0), graph, support, table.name());
            }
            IntegrityCheck.verify(rows, graph, scriptSource, graph.headsOf(ids(rows)));
        }
        return rows;
    }

    /**
     * Creates the table (and the configured schema) once the command is known to be valid, so bad input leaves
     * the database untouched.
     */
    private void ensureTable(Connection connection, LockedSession session) throws SQLException {
        // in a transaction of its own, which waits for other writers like a revision does
        session.beginRevision();
        try {
            if (schema != null && !support.schemaExists(connection, schema)) {
                java.util.Optional<String> create = support.createSchema(schema);
                if (create.isPresent()) {
                    execute(connection, create.get());
                    listener.info("Created the schema " + schema);
                }
            }
            if (table.createIfMissing(connection)) {
                listener.info("Created the version table " + table.name());
            }
            session.commitRevision();
        } catch (SQLException | RuntimeException e) {
            rollback(session, e);
            throw e;
        }
        enterSchema(connection);
    }

    /** One revision of a command's plan, with the sections it runs in the command's direction. */
    private record Step(RevisionScript script, List<Statement> statements, List<Guard> guards) {
    }

    private static List<Step> steps(RevisionGraph graph, List<String> plan, List<List<Statement>> statements,
                                    List<List<Guard>> guards) {
        List<Step> steps = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            steps.add(new Step(graph.script(plan.get(i)), statements.get(i), guards.get(i)));
        }
        return steps;
    }

    /** Runs the plan's revisions in order; returns what ran. */
    private List<MigrationStep> runPlan(Connection connection, LockedSession session, List<Step> plan,
                                        Direction direction) throws SQLException {
        List<MigrationStep> done = new ArrayList<>();
        if (plan.isEmpty()) {
            return done;
        }
        boolean transactionalDdl = support.transactionalDdl(connection);
        boolean marked = false;
        for (int i = 0; i < plan.size(); i++) {
            Step step = plan.get(i);
            // a revision that runs statement by statement right after another one gets its progress mark in the
            // commit that records the other; one with guards is marked only once its guards have passed
            Step next = i + 1 < plan.size() ? plan.get(i + 1) : null;
            boolean markNext = next != null && !runsInTransaction(step, transactionalDdl)
                    && !runsInTransaction(next, transactionalDdl) && next.guards().isEmpty();
            done.add(run(connection, session, step, direction, transactionalDdl, marked, markNext ? next : null,
                    done));
            marked = markNext;
        }
        return done;
    }

    private static boolean runsInTransaction(Step step, boolean transactionalDdl) {
        return step.script().transactional() && transactionalDdl;
    }

    /**
     * Runs one revision.
     *
     * @param marked whether the revision's progress mark was written by the commit that recorded the one before
     * @param next   the revision whose mark the commit recording this one writes (only when this one runs statement
     *               by statement), or {@code null}
     */
    private MigrationStep run(Connection connection, LockedSession session, Step step, Direction direction,
                              boolean transactionalDdl, boolean marked, Step next, List<MigrationStep> done)
            throws SQLException {
        RevisionScript script = step.script();
        List<Statement> statements = step.statements();
        boolean inTransaction = runsInTransaction(step, transactionalDdl);
        try {
            listener.debug((direction == Direction.UPGRADE ? "Upgrading " : "Downgrading ") + script.id() + " ("
                    + statements.size() + " statements from " + script.location() + ")");
            if (statements.isEmpty()) {
                listener.warn("Revision " + script.id() + " has no " + direction.name().toLowerCase(Locale.ROOT)
                        + " statements in " + script.location() + "; only its version row changes.");
            }
            if (direction == Direction.DOWNGRADE) {
                warningsOf(script).forEach(w -> listener.warn("Revision " + script.id() + " downgrade: " + w));
            }
        } catch (RuntimeException e) {
            if (marked) {
                unmark(connection, script, e);   // none of its statements ran
            }
            throw e;
        }
        if (!inTransaction && !marked) {
            // in a transaction the revision's own version row is the check (see runInTransaction); a marked one
            // was marked in the commit that recorded the revision before it, under the same lock
            requireUnchanged(connection, script, direction);
        }
        // before the first statement, also where DDL commits by itself: a refused revision leaves nothing behind
        // (a marked revision has no guards)
        new GuardCheck(listener).require(connection, script, direction, step.guards(), done);
        long started = System.nanoTime();
        if (inTransaction) {
            runInTransaction(connection, session, script, direction, done, statements, started);
        } else {
            String reason = script.transactional() ? support.name() + " commits each DDL statement "
                    + "by itself, so a revision there cannot be rolled back as a whole"
                    : "it runs without a transaction (-- migrate:no-transaction)";
            List<Statement> ran = new ArrayList<>();
            boolean[] inStatement = {false};
            boolean[] counted = CountedStatements.of(statements, support);
            // a mark, so that a run that ends half way (a killed process, a lost connection) is reported by the next
            // command instead of being run again over its own results
            if (!marked) {
                progress.begin(connection, script.id(), direction.name().toLowerCase(Locale.ROOT),
                        statements.size(), clock.instant(), appliedBy);
            }
            try {
                session.runWithoutTransaction(() -> {
                    for (Statement statement : statements) {
                        inStatement[0] = true;
                        int count = ran.size() + 1;
                        if (counted[count - 1]) {
                            // rows leave no trace in the catalogue and must not change twice: the statement and
                            // the mark's count commit together
                            session.runInOneTransaction(() -> {
                                execute(connection, statement);
                                inStatement[0] = false;
                                progress.advance(connection, script.id(), count);
                            });
                        } else {
                            // not counted (see CountedStatements): a schema change commits by itself here and
                            // shows in the catalogue, so counting it would cost a commit of its own for nothing
                            execute(connection, statement);
                        }
                        inStatement[0] = false;
                        ran.add(statement);
                    }
                });
            } catch (SQLException e) {
                if (inStatement[0]) {
                    MigrationFailedException report = FailureReport.withoutTransaction(script, statements,
                            ran.size(), direction, done, ran, table.name(), reason, e);
                    releaseTableLocks(connection, report);   // or the mark's table may not be touched
                    unmark(connection, script, report);   // the report says what ran
                    throw report;
                }
                throw e;
            }
            session.beginRevision();
            try {
                record(connection, script, direction, elapsedMs(started));
                if (next == null) {
                    progress.end(connection, script.id());
                    session.commitRevision();
                } else {
                    progress.handOver(connection, script.id(), next.script().id(),
                            direction.name().toLowerCase(Locale.ROOT), next.statements().size(), clock.instant(),
                            appliedBy);
                    // nothing runs on the connection between this and the next revision's first statement (a
                    // marked revision has no guards and no check before it), so that statement may commit this
                    if (next.statements().isEmpty()) {
                        session.commitRevision();
                    } else {
                        session.commitRevisionBefore(next.statements().get(0));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                rollback(session, e);
                throw e;
            }
        }
        MigrationStep ran = new MigrationStep(direction, script.id(), script.parents(), script.message(),
                script.location(), elapsedMs(started));
        try {
            listener.info(ran.toString());
        } catch (RuntimeException e) {
            if (next != null) {
                unmark(connection, next.script(), e);   // marked by the commit above; none of it ran
            }
            throw e;
        }
        return ran;
    }

    /**
     * Releases any table locks a failing script took (a no-op where it took none); a failure to do so is added to
     * the report.
     */
    private void releaseTableLocks(Connection connection, Exception report) {
        Optional<String> release = support.releaseTableLocks();
        if (release.isPresent()) {
            try {
                execute(connection, release.get());
            } catch (SQLException releaseFailure) {
                report.addSuppressed(releaseFailure);
            }
        }
    }

    /** Removes the revision's progress mark once a failure is reported; a failure to do so is added to it. */
    private void unmark(Connection connection, RevisionScript script, Exception cause) {
        try {
            progress.end(connection, script.id());
        } catch (SQLException markFailure) {
            cause.addSuppressed(markFailure);
        }
    }

    /**
     * Runs a revision as one unit with its version row. Statements the database ignores inside a transaction
     * (SQLite's {@code PRAGMA foreign_keys} that bracket a table rebuild) run just before and just after it.
     */
    private void runInTransaction(Connection connection, LockedSession session, RevisionScript script,
                                  Direction direction, List<MigrationStep> done, List<Statement> statements,
                                  long started) throws SQLException {
        Database.Bracket bracket = support.outsideTransaction(statements);
        int first = bracket.leading();
        int end = statements.size() - bracket.trailing();
        int index = 0;
        try {
            if (first > 0) {
                session.runWithoutTransaction(() -> {
                    for (int i = 0; i < first; i++) {
                        execute(connection, statements.get(i));
                    }
                });
            }
            index = first;
        } catch (SQLException e) {
            throw FailureReport.inTransaction(script, statements, index, direction, done, true, e);
        }
        if (first > 0) {
            requireUnchanged(connection, script, direction);
        }
        session.beginRevision();
        try {
            for (; index < end; index++) {
                execute(connection, statements.get(index));
            }
            if (!record(connection, script, direction, elapsedMs(started))) {
                throw changedMeanwhile(script, direction, true); // rolled back below
            }
            session.commitRevision();
        } catch (SQLException e) {
            boolean earlierKept = rollback(session, e);
            DatabaseException meanwhile = changedMeanwhile(connection, script, direction, e);
            if (meanwhile != null) {
                throw meanwhile;
            }
            if (index < end) {
                throw FailureReport.inTransaction(script, statements, index, direction, done, earlierKept, e);
            }
            throw e;
        } catch (RuntimeException e) {
            rollback(session, e);
            throw e;
        }
        if (end < statements.size()) {
            // the revision is committed; only the closing pragma is left
            session.runWithoutTransaction(() -> {
                for (int i = end; i < statements.size(); i++) {
                    execute(connection, statements.get(i));
                }
            });
        }
    }

    /**
     * Whether another process ran this revision since the plan was made. The migration lock is held for the whole
     * command, so this should never happen; the check stays as a second line of defence (a database whose lock
     * cannot cover statements run outside a transaction, a process that ignores the lock), because running the
     * revision again would repeat its changes.
     */
    private void requireUnchanged(Connection connection, RevisionScript script, Direction direction)
            throws SQLException {
        boolean applied = table.contains(connection, script.id());
        if (applied == (direction == Direction.UPGRADE)) {
            throw changedMeanwhile(script, direction, false);
        }
    }

    /**
     * After a revision's transaction failed and was rolled back: {@code DB-006} when another process applied or
     * reverted the revision meanwhile, which a transactional revision finds out through its own version row (the
     * row's key refuses a second insert, a revert finds no row to delete) without a query before each revision;
     * {@code null} when the failure is the revision's own.
     */
    private DatabaseException changedMeanwhile(Connection connection, RevisionScript script, Direction direction,
                                               SQLException failure) {
        try {
            boolean applied = table.contains(connection, script.id());
            if (applied != (direction == Direction.UPGRADE)) {
                return null;
            }
        } catch (SQLException checkFailure) {
            failure.addSuppressed(checkFailure);
            return null;
        }
        DatabaseException meanwhile = changedMeanwhile(script, direction, true);
        meanwhile.addSuppressed(failure);
        return meanwhile;
    }

    private static DatabaseException changedMeanwhile(RevisionScript script, Direction direction,
                                                      boolean rolledBack) {
        boolean upgrade = direction == Direction.UPGRADE;
        return new DatabaseException("DB-006", "Another process " + (upgrade ? "applied" : "reverted")
                + " revision " + script.id() + " (" + script.message() + ") while this command "
                + (rolledBack ? "ran it; this command's run of it was rolled back, so it ran once."
                : "had released the lock to run statements outside a transaction. Nothing of it ran here.")
                + " Run the command again: it continues from the database's new state.");
    }

    /** Writes or deletes the revision's version row; {@code false} when a revert found no row to delete. */
    private boolean record(Connection connection, RevisionScript script, Direction direction, long elapsed)
            throws SQLException {
        if (direction == Direction.UPGRADE) {
            table.insert(connection, script.id(), script.message(), script.checksum(), clock.instant(), appliedBy,
                    elapsed);
            return true;
        }
        return table.delete(connection, script.id()) == 1;
    }

    private void execute(Connection connection, Statement statement) throws SQLException {
        listener.debug("  line " + statement.line() + ": " + firstLine(statement.executable()));
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.executable());
        }
    }

    /**
     * Splits and checks the sections of every revision in the plan before anything runs, so a script the runner
     * cannot execute faithfully stops the command while the database is untouched.
     */
    private List<List<Statement>> statementsOf(RevisionGraph graph, List<String> plan, Direction direction) {
        List<List<Statement>> all = new ArrayList<>();
        for (String id : plan) {
            RevisionScript script = graph.script(id);
            all.add(direction == Direction.UPGRADE ? RevisionStatements.upgrade(script, support.splitter())
                    : RevisionStatements.downgrade(script, support.splitter()));
        }
        return all;
    }

    /** Splits and checks the guard sections of every revision in the plan before anything runs. */
    private List<List<Guard>> guardsOf(RevisionGraph graph, List<String> plan, Direction direction) {
        List<List<Guard>> all = new ArrayList<>();
        for (String id : plan) {
            RevisionScript script = graph.script(id);
            all.add(direction == Direction.UPGRADE ? RevisionGuards.upgrade(script, support.splitter())
                    : RevisionGuards.downgrade(script, support.splitter()));
        }
        return all;
    }

    /**
     * Rolls the current revision back; returns whether the work before it survived. A database may have rolled
     * back the whole transaction by itself (a trigger's RAISE(ROLLBACK), a full disk): then the revision's
     * savepoint is gone and so is everything since the lock was taken.
     */
    private static boolean rollback(LockedSession session, Exception cause) {
        try {
            session.rollbackRevision();
            return true;
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
            return false;
        }
    }

    private <T> T locked(LockedWork<T> work) {
        return locked(connection -> null, work);
    }

    /**
     * Runs {@code work} under the lock, unless {@code withoutLock}, asked first on the same connection, already
     * has the answer (it returns {@code null} when it has not).
     */
    private <T> T locked(UnlockedWork<T> withoutLock, LockedWork<T> work) {
        try (Connection connection = connections.open()) {
            T answer = withoutLock.run(connection);
            if (answer != null) {
                return answer;
            }
            LockedSession session = support.lock().acquire(connection, connections, lockTimeout, listener);
            T result;
            try {
                if (schema != null && table.exists(connection)) {
                    enterSchema(connection);
                }
                result = work.run(connection, session);
            } catch (SQLException | RuntimeException e) {
                closeAfterFailure(session, e);
                throw e;
            }
            session.close();
            return result;
        } catch (SQLException e) {
            throw databaseError("run the command", e);
        }
    }

    /** Makes the configured schema current, so that the revisions' unqualified names resolve there. */
    private void enterSchema(Connection connection) throws SQLException {
        if (schema != null) {
            java.util.Optional<String> use = support.useSchema(schema);
            if (use.isPresent()) {
                execute(connection, use.get());
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void closeAfterFailure(LockedSession session, Exception cause) {
        try {
            session.close();
        } catch (SQLException closeFailure) {
            closeFailure.addSuppressed(cause);
            throw new DatabaseException("DB-005", cause.getMessage() + "\nThen the database could not commit the "
                    + "revisions this command completed before the failure ("
                    + connections.hidePassword(closeFailure.getMessage()) + "), so none of this command's revisions "
                    + "is applied. Run " + Advice.command("current") + " to see the state, then run the command again.",
                    closeFailure);
        }
    }

    private DatabaseException databaseError(String what, SQLException e) {
        return new DatabaseException("DB-005", "Could not " + what + " on "
                + connections.describe() + ": " + connections.oneLine(e.getMessage())
                + " Check that the database is reachable and that the user may write to it.", e);
    }

    /** The {@code -- WARNING …} lines at the top of a revision's downgrade section, without the comment marker. */
    private static List<String> warningsOf(RevisionScript script) {
        return script.downgrade().text().lines().map(String::strip)
                .filter(line -> line.startsWith(dev.migrations.core.autogenerate.ScriptBodies.WARNING))
                .map(line -> line.substring("-- ".length())).toList();
    }

    private static Set<String> ids(List<AppliedRevision> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(row -> ids.add(row.id()));
        return ids;
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String firstLine(String sql) {
        int newline = sql.indexOf('\n');
        return newline < 0 ? sql : sql.substring(0, newline) + " …";
    }

    @FunctionalInterface
    private interface LockedWork<T> {
        T run(Connection connection, LockedSession session) throws SQLException;
    }

    @FunctionalInterface
    private interface UnlockedWork<T> {
        T run(Connection connection);
    }
}

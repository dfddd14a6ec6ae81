package dev.migrations.core.runner;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.UpgradeResult;
import dev.migrations.core.history.AppliedRevision;
import dev.migrations.core.history.VersionTable;
import dev.migrations.core.script.RevisionGraph;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.Targets;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The upgrade that has nothing to do, answered without the migration lock: the command most application starts
 * run. It reads the version table once, outside any lock, and answers only when that reading shows every revision
 * the target needs applied and every applied script unchanged; in every other case (a pending revision, no version
 * table, a changed or missing script, a target it cannot resolve, any database error) it answers nothing and the
 * runner takes the lock and does the whole command as before, reading the table again under the lock.
 *
 * <p>Why this is safe while other processes migrate the same database:
 * <ul>
 *   <li>it never writes, so it cannot apply a revision twice; every revision is still applied under the lock,
 *       after the table is read again under it;</li>
 *   <li>a revision's row is committed only once its statements have run: in the same transaction where DDL is
 *       transactional, after them where it is not. The reading is one statement, so it sees a committed state;
 *       when it shows a revision's row, that revision was fully applied. So when the reading shows every wanted
 *       revision, the database was at the target at that moment, and no pending revision is skipped; when another
 *       process is still applying, the reading lacks its rows, and the command waits for the lock;</li>
 *   <li>checksums are compared on this reading as on the locked one, every run.</li>
 * </ul>
 * The answer is the one the locked command would have given at the moment of the reading.
 */
final class UnlockedUpgradeCheck {

    private UnlockedUpgradeCheck() {
    }

    /**
     * The result of {@code upgrade target} when the version table shows that it has nothing to do; {@code null}
     * when the command must run under the lock.
     */
    static UpgradeResult nothingToDo(Connection connection, VersionTable table, RevisionGraph graph, String target,
                                     MigrationListener listener) {
        List<AppliedRevision> rows;
        VersionTable.Snapshot early = table.takeReadAhead();
        if (early != null) {
            // read while the scripts were parsed, on this connection: as good as reading it now (see above)
            if (!early.exists()) {
                return null;
            }
            rows = early.rows();
        } else {
            try {
                if (!table.exists(connection)) {
                    return null;
                }
                rows = table.read(connection);
            } catch (SQLException e) {
                endTransaction(connection);
                return null;
            }
            endTransaction(connection);
        }
        Set<String> applied = new LinkedHashSet<>();
        for (AppliedRevision row : rows) {
            RevisionScript script = graph.find(row.id()).orElse(null);
            if (script == null || !script.checksum().equals(row.checksum())) {
                return null;
            }
            applied.add(row.id());
        }
        List<String> before = graph.headsOf(applied);
        Set<String> goal;
        try {
            goal = new Targets(graph, () -> before).resolve(target);
        } catch (RuntimeException e) {
            return null;
        }
        if (!applied.containsAll(graph.ancestorsOf(goal))) {
            return null;
        }
        Runner.reportNothingToUpgrade(listener, graph, target, applied, before, goal);
        return new UpgradeResult(before, before, List.of());
    }

    /** Ends the reading's transaction when the connection does not commit by itself (a pool's setting). */
    private static void endTransaction(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the locked command sets the connection up again and reports what is wrong with it
        }
    }
}

package dev.migrations.core.runner;

import dev.migrations.core.database.Database;
import dev.migrations.core.script.Statement;
import java.util.List;

/**
 * Which statements of a revision that runs statement by statement commit together with its progress mark's count:
 * those that change rows ({@link Statement#changesRowsOnly()}), except the last, which the revision's record
 * follows, and those that run while the session holds table locks ({@link Database#holdsTableLocksAfter}), which
 * keep it from touching the mark's table. The runner counts them, and the report of an interrupted run reads them
 * to say which statements may have run after the count.
 *
 * <pre>{@code
 * boolean[] counted = CountedStatements.of(statements, database);
 * if (counted[i]) { ... run statement i and advance the mark in one transaction ... }
 * }</pre>
 */
final class CountedStatements {

    private CountedStatements() {
    }

    /** One flag per statement: whether it commits together with the mark's count. */
    static boolean[] of(List<Statement> statements, Database database) {
        boolean[] counted = new boolean[statements.size()];
        boolean locked = false;
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            counted[i] = i < statements.size() - 1 && !locked && statement.changesRowsOnly();
            locked = database.holdsTableLocksAfter(statement, locked);
        }
        return counted;
    }
}

package dev.migrations.core.runner;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A locked session whose lock does not depend on the command connection's transactions (an advisory lock, a
 * named lock, a lock row held by a second connection): the connection stays in auto-commit mode, each revision is
 * one plain transaction, and a no-transaction revision runs in auto-commit mode with the lock still held.
 *
 * <pre>{@code
 * return new TransactionPerRevision(connection, () -> unlock(connection));
 * }</pre>
 */
public final class TransactionPerRevision implements LockedSession {

    private final Connection connection;
    private final SqlWork release;

    /**
     * @param connection the command's connection
     * @param release    releases the lock; run once, by {@link #close()}
     */
    public TransactionPerRevision(Connection connection, SqlWork release) {
        this.connection = connection;
        this.release = release;
    }

    @Override
    public void beginRevision() throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    public void commitRevision() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollbackRevision() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void runWithoutTransaction(SqlWork work) throws SQLException {
        work.run();
    }

    @Override
    public void close() throws SQLException {
        release.run();
    }
}

package dev.migrations.benchmarks;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.MigrationPlan;
import dev.migrations.core.dialect.MigrationPlanner;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates a schema in an empty database with the DDL the product's own planner writes for it (so what is
 * created is exactly what the dialect reads back), in one transaction where the database allows it.
 *
 * <pre>{@code
 * try (Connection c = DriverManager.getConnection("jdbc:sqlite:bench.sqlite3")) {
 *     WorkloadDatabase.create(c, Databases.forUrl(url).dialect(), AutogenerateWorkload.database(1000, 42L));
 * }
 * }</pre>
 */
final class WorkloadDatabase {

    private WorkloadDatabase() {
    }

    /** Executes the upgrade from an empty schema to {@code schema}; returns the number of statements. */
    static int create(Connection connection, Dialect dialect, Schema schema) throws SQLException {
        SchemaDiff diff = SchemaDiff.compare(schema, Schema.empty(), dialect, DiffOptions.defaults());
        MigrationPlan plan = new MigrationPlanner(dialect).plan(diff);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : plan.upgrade()) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return plan.upgrade().size();
    }
}

package dev.migrations.core.develop;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.DevelopmentResult;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.ScriptException;
import dev.migrations.core.autogenerate.SchemaComparison;
import dev.migrations.core.autogenerate.SchemaComparison.Additions;
import dev.migrations.core.database.Database;
import dev.migrations.core.diff.Change;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.LockedSession;
import dev.migrations.core.script.ScriptChecksum;
import dev.migrations.core.script.ScriptFile;
import dev.migrations.core.script.ScriptSource;
import dev.migrations.core.script.Statement;
import dev.migrations.core.script.StatementSplitter;
import dev.migrations.model.Schema;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A development database's set-up, SQLModel's {@code create_all} followed by seed data: under the migration lock,
 * creates the model's missing tables (with their keys, indexes and foreign keys) and sequences, in dependency
 * order, and leaves every existing table as it is; then runs the seed scripts ({@code db/seed/*.sql}) that have not
 * run yet, in name order, each in one transaction with its row in {@value SeedTable#NAME}. No version table.
 *
 * <pre>{@code
 * DevelopmentResult result = new DevelopmentSetup(connections, comparison, seeds, null, listener,
 *         Duration.ofMinutes(5), Clock.systemUTC()).run(model);
 * }</pre>
 */
public final class DevelopmentSetup {

    private final JdbcConnections connections;
    private final SchemaComparison comparison;
    private final ScriptSource seeds;
    private final String schema;
    private final MigrationListener listener;
    private final Duration lockTimeout;
    private final Clock clock;

    /**
     * @param seeds  the seed scripts, or {@code null} for none
     * @param schema the working schema (created when missing), or {@code null} for the connection's own
     */
    public DevelopmentSetup(JdbcConnections connections, SchemaComparison comparison, ScriptSource seeds,
                            String schema, MigrationListener listener, Duration lockTimeout, Clock clock) {
        this.connections = connections;
        this.comparison = comparison;
        this.seeds = seeds;
        this.schema = schema;
        this.listener = listener;
        this.lockTimeout = lockTimeout;
        this.clock = clock;
    }

    /** Creates what is missing and loads the seeds that have not run; nothing existing is altered or dropped. */
    public DevelopmentResult run(Schema model) {
        connections.requireDriver();
        Database database = connections.database();
        List<ScriptFile> seedFiles = seeds == null ? List.of() : seeds.files();
        List<List<Statement>> seedStatements = new ArrayList<>();
        for (ScriptFile file : seedFiles) {
            seedStatements.add(split(database.splitter(), file));
        }
        try (Connection connection = connections.open()) {
            LockedSession session = database.lock().acquire(connection, connections, lockTimeout, listener);
            DevelopmentResult result;
            try {
                enterSchema(connection, session, database);
                Additions additions = comparison.additions(model);
                List<String> tables = new ArrayList<>();
                List<String> sequences = new ArrayList<>();
                for (Change change : additions.changes()) {
                    if (change instanceof Change.AddTable add) {
                        tables.add(add.definition().qualifiedName());
                    } else if (change instanceof Change.AddSequence add) {
                        sequences.add(add.sequence().name());
                    }
                }
                create(connection, session, database, additions.plan().upgrade());
                tables.forEach(t -> listener.info("Created table " + t));
                sequences.forEach(s -> listener.info("Created sequence " + s));
                if (tables.isEmpty() && sequences.isEmpty()) {
                    listener.info("Every table of the model exists; nothing to create.");
                }
                for (String left : additions.left()) {
                    listener.warn("Left as it is (development mode never alters an existing table): " + left
                            + ". Drop the table to have it created again, or write a revision.");
                }
                List<String> run = new ArrayList<>();
                List<String> skipped = new ArrayList<>();
                loadSeeds(connection, session, database, seedFiles, seedStatements, run, skipped);
                result = new DevelopmentResult(tables, sequences, additions.left(), run, skipped);
            } catch (SQLException | RuntimeException e) {
                try {
                    session.close();
                } catch (SQLException closeFailure) {
                    e.addSuppressed(closeFailure);
                }
                throw e;
            }
            session.close();
            return result;
        } catch (SQLException e) {
            throw new DatabaseException("DEV-003", "Could not set up the development database "
                    + connections.describe() + ": " + connections.oneLine(e.getMessage())
                    + " Check that it is reachable and that the user may create tables.", e);
        }
    }

    private void enterSchema(Connection connection, LockedSession session, Database database) throws SQLException {
        if (schema == null) {
            return;
        }
        if (!database.schemaExists(connection, schema)) {
            var create = database.createSchema(schema);
            if (create.isPresent()) {
                session.runWithoutTransaction(() -> execute(connection, create.get()));
                listener.info("Created the schema " + schema);
            }
        }
        var use = database.useSchema(schema);
        if (use.isPresent()) {
            execute(connection, use.get());
        }
    }

    private void create(Connection connection, LockedSession session, Database database, List<String> statements)
            throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        List<Statement> split = new ArrayList<>();
        for (String sql : statements) {
            split.addAll(database.splitter().split(sql.strip() + ";\n", 1));
        }
        int[] done = {0};
        try {
            if (database.transactionalDdl(connection)) {
                session.beginRevision();
                try {
                    for (Statement statement : split) {
                        execute(connection, statement.executable());
                        done[0]++;
                    }
                    session.commitRevision();
                } catch (SQLException | RuntimeException e) {
                    rollback(session, e);
                    throw e;
                }
            } else {
                session.runWithoutTransaction(() -> {
                    for (Statement statement : split) {
                        execute(connection, statement.executable());
                        done[0]++;
                    }
                });
            }
        } catch (SQLException e) {
            boolean kept = !database.transactionalDdl(connection) && done[0] > 0;
            throw new MigrationFailedException("DEV-001", "Creating the model's missing tables failed at "
                    + "statement " + (done[0] + 1) + " of " + split.size() + ":\n    " + split.get(done[0]).sql()
                    + "\n" + connections.hidePassword(e.getMessage()) + "\n" + (kept ? database.name()
                    + " commits each DDL statement by itself, so the " + done[0] + " statement(s) before it stay. "
                    : "Nothing was created. ") + "Fix the entity or the database (a development database can be "
                    + "dropped and created again), then start again.", List.of(), e);
        }
    }

    private void loadSeeds(Connection connection, LockedSession session, Database database, List<ScriptFile> files,
                           List<List<Statement>> statements, List<String> run, List<String> skipped)
            throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        SeedTable table = new SeedTable(database, null);
        session.beginRevision();
        try {
            if (table.createIfMissing(connection)) {
                listener.debug("Created the seed table " + table.name());
            }
            session.commitRevision();
        } catch (SQLException | RuntimeException e) {
            rollback(session, e);
            throw e;
        }
        Map<String, String> ran = table.read(connection);
        for (int i = 0; i < files.size(); i++) {
            ScriptFile file = files.get(i);
            String checksum = ScriptChecksum.of(text(file));
            String before = ran.get(file.fileName());
            if (before != null) {
                skipped.add(file.fileName());
                if (!before.equals(checksum)) {
                    listener.warn("Seed script " + file.location() + " changed since it ran; it is not run again. "
                            + "To load it again, delete its row from " + table.name() + " (or start from an empty "
                            + "database).");
                }
                continue;
            }
            long started = System.nanoTime();
            int index = 0;
            session.beginRevision();
            try {
                for (; index < statements.get(i).size(); index++) {
                    execute(connection, statements.get(i).get(index).executable());
                }
                table.insert(connection, file.fileName(), checksum, clock.instant());
                session.commitRevision();
            } catch (SQLException e) {
                rollback(session, e);
                Statement failed = statements.get(i).get(Math.min(index, statements.get(i).size() - 1));
                throw new MigrationFailedException("DEV-002", "Seed script " + file.location() + " failed at line "
                        + failed.line() + ":\n    " + failed.executable() + "\n" + connections.hidePassword(e.getMessage())
                        + "\nIts rows were rolled back; the seed scripts before it stay loaded"
                        + (run.isEmpty() ? "" : " (" + String.join(", ", run) + ")") + ". Fix the script and start "
                        + "again: only the scripts that have not run are run.", List.of(), e);
            } catch (RuntimeException e) {
                rollback(session, e);
                throw e;
            }
            run.add(file.fileName());
            listener.info("Loaded seed " + file.fileName() + " (" + (System.nanoTime() - started) / 1_000_000
                    + " ms)");
        }
    }

    private static List<Statement> split(StatementSplitter splitter, ScriptFile file) {
        try {
            return splitter.split(text(file), 1);
        } catch (StatementSplitter.SplitException e) {
            throw new ScriptException("DEV-004", file.location() + ":" + e.line() + ": " + e.getMessage()
                    + ". Close it; the statement splitter cannot tell where the statement ends. Nothing was run.");
        }
    }

    private static String text(ScriptFile file) {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void rollback(LockedSession session, Exception cause) {
        try {
            session.rollbackRevision();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private void execute(Connection connection, String sql) throws SQLException {
        listener.debug("  " + sql.lines().findFirst().orElse(""));
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

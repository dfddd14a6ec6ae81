package dev.migrations.core.shadow;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.autogenerate.SchemaComparison;
import dev.migrations.core.database.postgresql.PostgresDatabase;
import dev.migrations.core.database.sqlite.SqliteDatabase;
import dev.migrations.core.history.VersionTable;
import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** How each kind of {@link ShadowDatabase} is made and removed. */
final class ShadowLifecycles {

    private ShadowLifecycles() {
    }

    /** A SQLite file in a folder of its own under the temporary directory, deleted with the folder. */
    static final class TemporaryFolder implements ShadowDatabase.Lifecycle {
        private final Path folder;

        TemporaryFolder(Path folder) {
            this.folder = folder;
        }

        @Override
        public void create(ShadowDatabase shadow) {
            try {
                Files.createDirectory(folder);
            } catch (IOException e) {
                throw new DatabaseException("SHADOW-007", "Could not create the shadow database " + shadow.maskedUrl()
                        + ": " + e + ". Check that the temporary directory (java.io.tmpdir) is writable, or set "
                        + Advice.setting("shadowUrl") + " to an empty SQLite file elsewhere.", e);
            }
        }

        @Override
        public void remove(ShadowDatabase shadow) {
            deleteTree(shadow, folder);
        }
    }

    /**
     * An in-memory database that lives as long as one connection to it: opened before the replay, closed after the
     * comparison, which drops it.
     */
    static final class KeptOpen implements ShadowDatabase.Lifecycle {
        private Connection keepAlive;

        @Override
        public void create(ShadowDatabase shadow) {
            keepAlive = shadow.connections().open();
        }

        @Override
        public void remove(ShadowDatabase shadow) {
            closeQuietly(shadow, keepAlive);
        }
    }

    /** A temporary database created on the configured database's server and dropped there afterwards. */
    static final class ServerDatabase implements ShadowDatabase.Lifecycle {
        private final String name;
        private final List<String> adminUrls;
        private String adminUrl;

        ServerDatabase(String name, List<String> adminUrls) {
            this.name = name;
            this.adminUrls = List.copyOf(adminUrls);
        }

        @Override
        public void create(ShadowDatabase shadow) {
            List<String> failures = new ArrayList<>();
            for (String candidate : adminUrls) {
                Connection connection;
                try {
                    connection = shadow.server(candidate).open();
                } catch (DatabaseException e) {
                    if (!"DB-002".equals(e.id())) {
                        throw e;
                    }
                    failures.add(e.getMessage().replaceFirst("^\\[DB-002] ", ""));
                    continue;
                }
                try (connection; Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                    adminUrl = candidate;
                    return;
                } catch (SQLException e) {
                    throw cannotCreate(shadow, shadow.hide(e.getMessage()), e);
                }
            }
            throw cannotCreate(shadow, String.join(" ", failures), null);
        }

        private DatabaseException cannotCreate(ShadowDatabase shadow, String reason, Throwable cause) {
            return new DatabaseException("SHADOW-007", "Could not create the shadow database " + name + " on the "
                    + shadow.database().name() + " server: " + reason + " The configured database is not "
                    + "connected to when comparing against the scripts, but its server must be running and the user "
                    + "may create databases there (PostgreSQL: CREATEDB; MariaDB/MySQL: the CREATE and DROP "
                    + "privileges). Otherwise set " + Advice.setting("shadowUrl") + " to an empty database, or "
                    + "compare against the database (" + Advice.value("against", "database") + ").", cause);
        }

        @Override
        public void remove(ShadowDatabase shadow) {
            try (Connection connection = shadow.server(adminUrl).open();
                 Statement statement = connection.createStatement()) {
                try {
                    statement.execute("DROP DATABASE IF EXISTS " + name);
                } catch (SQLException e) {
                    // 55006: a connection of this process is still open (an interrupted command): end it
                    if (!(shadow.database() instanceof PostgresDatabase) || !"55006".equals(e.getSQLState())) {
                        throw e;
                    }
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
                shadow.listener().debug("Dropped the shadow database " + name);
            } catch (SQLException | RuntimeException e) {
                shadow.listener().warn("[SHADOW-009] Could not drop the shadow database " + name + ": "
                        + shadow.hide(String.valueOf(e.getMessage())) + ". Drop it by hand: DROP DATABASE " + name);
            }
        }
    }

    /**
     * The database {@code shadowUrl} names: refused unless empty, and emptied again afterwards (the tables and
     * sequences the replay created dropped, the version table's rows deleted). A SQLite file that did not exist is
     * deleted instead.
     */
    static final class Explicit implements ShadowDatabase.Lifecycle {
        private Connection keepAlive;
        private Path createdFile;

        @Override
        public void create(ShadowDatabase shadow) {
            if (shadow.database() instanceof SqliteDatabase) {
                if (shadow.database().isMissing(shadow.url())) {
                    createdFile = SqliteDatabase.databaseFile(shadow.url()).orElseThrow();
                    return;
                }
            } else {
                // an in-memory database (H2, HSQLDB, Derby) must outlive the replay's connections
                keepAlive = shadow.connections().open();
            }
            List<String> held;
            try (Connection connection = shadow.connections().open()) {
                held = contents(shadow, connection);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(shadow, keepAlive);
                throw e instanceof SQLException sql ? new DatabaseException("SHADOW-007", "Could not read the "
                        + "shadow database " + shadow.maskedUrl() + ": " + shadow.hide(sql.getMessage()), sql)
                        : (RuntimeException) e;
            }
            if (!held.isEmpty()) {
                closeQuietly(shadow, keepAlive);
                throw new ConfigurationException("SHADOW-006", "The shadow database " + shadow.maskedUrl()
                        + " is not empty: it holds " + summary(held) + ". The revisions are replayed into it and "
                        + "what they create is dropped afterwards, so it must hold nothing of its own. Point "
                        + Advice.setting("shadowUrl") + " at an empty database (CREATE DATABASE …), empty this one "
                        + "yourself if nothing in it is needed, or leave " + Advice.setting("shadowUrl")
                        + " out for an automatic shadow database.");
            }
        }

        @Override
        public void remove(ShadowDatabase shadow) {
            if (createdFile != null) {
                for (String suffix : List.of("", "-journal", "-wal", "-shm", ".migrations-lock")) {
                    deleteTree(shadow, createdFile.resolveSibling(createdFile.getFileName() + suffix));
                }
                return;
            }
            try (Connection connection = shadow.connections().open()) {
                connection.setAutoCommit(true);
                Schema empty = new Schema(List.of(), List.of(), List.of());
                List<String> drops = new SchemaComparison(shadow.connections(), shadow.schema(),
                        shadow.versionTable(), List.of()).compare(empty).plan().upgrade();
                try (Statement statement = connection.createStatement()) {
                    for (String drop : drops) {
                        statement.execute(drop);
                    }
                }
                VersionTable table = versionTable(shadow);
                if (table.exists(connection)) {
                    table.deleteAll(connection);
                }
                List<String> left = contents(shadow, connection);
                if (!left.isEmpty()) {
                    shadow.listener().warn("[SHADOW-009] The shadow database " + shadow.maskedUrl() + " still "
                            + "holds " + summary(left) + " after the comparison; empty it before the next one.");
                }
            } catch (SQLException | RuntimeException e) {
                shadow.listener().warn("[SHADOW-009] Could not empty the shadow database " + shadow.maskedUrl()
                        + ": " + shadow.hide(String.valueOf(e.getMessage())) + ". Empty it before the next "
                        + "comparison, which refuses a shadow database that holds tables.");
            } finally {
                closeQuietly(shadow, keepAlive);
            }
        }

        /** Its tables and sequences (never the tool's own), and the version table when it has rows. */
        private static List<String> contents(ShadowDatabase shadow, Connection connection) throws SQLException {
            Schema schema = SchemaReader.defaults().schema(shadow.schema()).read(connection);
            List<String> held = new ArrayList<>();
            schema.tables().stream().map(Table::name).forEach(name -> held.add("table " + name));
            schema.sequences().stream().map(Sequence::name).forEach(name -> held.add("sequence " + name));
            VersionTable table = versionTable(shadow);
            if (table.exists(connection) && !table.read(connection).isEmpty()) {
                held.add("applied revisions in " + table.name());
            }
            return held;
        }

        private static VersionTable versionTable(ShadowDatabase shadow) {
            return new VersionTable(shadow.database().versionTable(shadow.versionTable(), shadow.schema()));
        }

        private static String summary(List<String> held) {
            return held.size() <= 5 ? String.join(", ", held)
                    : String.join(", ", held.subList(0, 5)) + " and " + (held.size() - 5) + " more";
        }
    }

    private static void closeQuietly(ShadowDatabase shadow, Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            shadow.listener().debug("Closing the shadow database's connection: " + shadow.hide(e.getMessage()));
        }
    }

    private static void deleteTree(ShadowDatabase shadow, Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
            shadow.listener().debug("Deleted the shadow database " + root);
        } catch (IOException | RuntimeException e) {
            shadow.listener().warn("[SHADOW-009] Could not delete the shadow database " + root + ": " + e
                    + ". Delete it by hand.");
        }
    }
}

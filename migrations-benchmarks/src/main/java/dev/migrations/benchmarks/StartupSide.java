package dev.migrations.benchmarks;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.UpgradeResult;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One side of the start-up benchmark. Every command starts from nothing, as an application start does: a new
 * facade (or Flyway instance, or connection) from the URL, no pool, no cache.
 *
 * <ul>
 *   <li>{@link #OURS}: {@code Migrations.configure().url(…).classpathLocation("db/migrations").load().upgrade("head")},
 *       the scripts read from the class path (a jar, or a folder, on the given class loader), as in production;</li>
 *   <li>{@link #FLYWAY}: {@code Flyway.configure().dataSource(…).locations(…).load().migrate()} over the same
 *       statements in {@code V<n>__…sql} files, from the class path ({@code classpath:db/migration}, Flyway's
 *       default, packaged as the project's scripts are) or from a folder ({@code filesystem:…});</li>
 *   <li>{@link #RAW}: one connection, each revision's statements (already in memory) in one transaction of its
 *       own: {@code setAutoCommit(false)}, the statements, {@code commit()}. It only applies; it has no no-op.</li>
 * </ul>
 */
enum StartupSide {

    OURS, FLYWAY, RAW;

    /** Flyway logs through java.util.logging here; its INFO lines would cost it console time ours does not pay. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static StartupSide parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Where each side's scripts are: the class loader that holds the project's, the class loader and Flyway
     * location ({@code classpath:db/migration} or {@code filesystem:…}) of Flyway's, and the revisions themselves
     * for the raw side.
     */
    record Scripts(ClassLoader oursLoader, ClassLoader flywayLoader, String flywayLocation,
                   List<StartupWorkload.Revision> revisions) {
    }

    /** Runs an upgrade to the newest revision; returns how many revisions it applied. */
    int upgrade(StartupDatabase database, String url, Scripts scripts) throws SQLException {
        return switch (this) {
            case OURS -> {
                UpgradeResult result = Migrations.configure().url(url).user(database.user())
                        .password(database.password()).classLoader(scripts.oursLoader())
                        .classpathLocation(StartupWorkload.CLASSPATH_FOLDER).listener(MigrationListener.SILENT)
                        .load().upgrade("head");
                yield result.applied().size();
            }
            case FLYWAY -> Flyway.configure(scripts.flywayLoader())
                    .dataSource(url, database.user(), database.password())
                    .locations(scripts.flywayLocation())
                    .load().migrate().migrationsExecuted;
            case RAW -> {
                try (Connection connection = database.connect(url)) {
                    for (StartupWorkload.Revision revision : scripts.revisions()) {
                        connection.setAutoCommit(false);
                        try (Statement statement = connection.createStatement()) {
                            for (String sql : revision.statements()) {
                                statement.execute(sql);
                            }
                        }
                        connection.commit();
                    }
                }
                yield scripts.revisions().size();
            }
        };
    }
}

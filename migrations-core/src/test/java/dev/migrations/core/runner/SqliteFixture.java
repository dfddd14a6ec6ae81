package dev.migrations.core.runner;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionRequest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A script folder and a SQLite file in a temporary directory, and helpers to inspect the database. */
final class SqliteFixture {

    final Path scripts;
    final Path database;
    final String url;
    final List<String> lines = new ArrayList<>();

    SqliteFixture(Path dir) {
        this.scripts = dir.resolve("migrations");
        this.database = dir.resolve("db.sqlite3");
        this.url = "jdbc:sqlite:" + database;
    }

    Migrations migrations() {
        return Migrations.configure().url(url).scriptLocation(scripts).appliedBy("tester")
                .clock(Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC))
                .listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }

                    @Override
                    public void warn(String line) {
                        info(line);
                    }
                })
                .load();
    }

    /** Writes a revision with the given id, parent and bodies. */
    Path revision(String id, String parent, String message, String upgrade, String downgrade) {
        return migrations().revision(RevisionRequest.of(message).withRevId(id).withHead(parent)
                .withBodies(upgrade, downgrade)).path();
    }

    Path noTransactionRevision(String id, String parent, String message, String upgrade, String downgrade) {
        return migrations().revision(RevisionRequest.of(message).withRevId(id).withHead(parent)
                .withBodies(upgrade, downgrade).withNoTransaction(true)).path();
    }

    List<String> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                values.add(row.toString());
            }
            return values;
        }
    }

    List<String> tables() throws SQLException {
        return query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    }

    List<String> applied() throws SQLException {
        return query("SELECT version_id FROM migrations_version ORDER BY version_id");
    }
}

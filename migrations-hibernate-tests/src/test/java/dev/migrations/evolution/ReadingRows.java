package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows in the fixture's {@code Reading} table (whose {@code amount} and {@code label} columns change type in
 * later versions, which SQLite can only do by rebuilding the table) and in {@code ReadingFlag}, whose foreign
 * key to {@code Reading} deletes on cascade: a rebuild that dropped the parent with foreign keys enforced would
 * silently delete the flags. Every row is compared after every upgrade and downgrade.
 *
 * <pre>{@code
 * ReadingRows rows = new ReadingRows(database);
 * rows.insert(3000);
 * rows.assertKept("after v2");
 * }</pre>
 */
final class ReadingRows {

    private final TestDatabase database;
    private final String readingTable;
    private final String flagTable;
    private List<String> readings = List.of();
    private List<String> flags = List.of();

    /** Rows of the tables as Hibernate's default naming names them ({@code Reading}, {@code ReadingFlag}). */
    ReadingRows(TestDatabase database) {
        this(database, "Reading", "ReadingFlag");
    }

    /** Rows of the tables under the given names (Spring Boot's naming: {@code reading}, {@code reading_flag}). */
    ReadingRows(TestDatabase database, String readingTable, String flagTable) {
        this.database = database;
        this.readingTable = readingTable;
        this.flagTable = flagTable;
    }

    private String readingsQuery() {
        return "select id, amount, label from " + readingTable + " order by id";
    }

    private String flagsQuery() {
        return "select id, reading_id from " + flagTable + " order by id";
    }

    /** Inserts {@code count} readings and a flag on every third one, and remembers them. */
    void insert(int count) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement reading = connection.prepareStatement(
                    "insert into " + readingTable + " (id, amount, label) values (?, ?, ?)");
                 PreparedStatement flag = connection.prepareStatement(
                         "insert into " + flagTable + " (id, reading_id) values (?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    reading.setLong(1, i);
                    reading.setInt(2, i * 7 - 3000);
                    reading.setString(3, "r" + i);
                    reading.addBatch();
                    if (i % 3 == 0) {
                        flag.setLong(1, i / 3);
                        flag.setLong(2, i);
                        flag.addBatch();
                    }
                }
                reading.executeBatch();
                flag.executeBatch();
            }
            connection.commit();
            readings = rows(connection, readingsQuery());
            flags = rows(connection, flagsQuery());
        }
        assertEquals(count, readings.size());
    }

    /**
     * Asserts every inserted row is still there, unchanged, and, on SQLite, that no foreign key is violated
     * (a rebuild copies rows while foreign keys are off).
     */
    void assertKept(String when) throws SQLException {
        try (Connection connection = database.connect()) {
            if (database.kind() == TestDatabase.Kind.SQLITE) {
                assertEquals(List.of(), rows(connection, "pragma foreign_key_check"),
                        when + ": rows violate foreign keys");
                assertEquals(List.of("ok"), rows(connection, "pragma integrity_check"), when + ": integrity");
            }
            if (readings.isEmpty()) {
                return;
            }
            assertEquals(readings, rows(connection, readingsQuery()), when + ": Reading rows changed");
            assertEquals(flags, rows(connection, flagsQuery()), when + ": ReadingFlag rows changed");
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(rs.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}

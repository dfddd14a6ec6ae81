package dev.migrations.core.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Real databases for the tests: SQLite files and private in-memory H2 databases. */
final class TestDatabases {

    private TestDatabases() {
    }

    static Connection sqlite(Path directory) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("test.sqlite3"));
    }

    static Connection h2() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** Runs the statements of a script separated by lines holding a single {@code ;}, or by {@code ;} + newline. */
    static void execute(Connection connection, String script) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }

    static String resource(String name) {
        try (InputStream in = TestDatabases.class.getResourceAsStream("/introspect/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.migrations.evolution;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh database for one test: a SQLite file (foreign keys enforced on every connection) or an in-memory H2
 * database with a unique name, kept alive by one open connection until {@link #close()}.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.create(Kind.SQLITE, tempDir)) {
 *     Migrations m = Migrations.configure().url(db.url()).scriptLocation(tempDir.resolve("scripts")).load();
 * }
 * }</pre>
 */
final class TestDatabase implements AutoCloseable {

    /** The databases autogenerate supports, with the Hibernate dialect an application would configure. */
    enum Kind {
        SQLITE(SqliteIntegerKeyDialect.class.getName()),
        H2("org.hibernate.dialect.H2Dialect");

        private final String hibernateDialect;

        Kind(String hibernateDialect) {
            this.hibernateDialect = hibernateDialect;
        }

        String hibernateDialect() {
            return hibernateDialect;
        }
    }

    private final Kind kind;
    private final String url;
    private final Connection keepAlive;

    private TestDatabase(Kind kind, String url, Connection keepAlive) {
        this.kind = kind;
        this.url = url;
        this.keepAlive = keepAlive;
    }

    static TestDatabase create(Kind kind, Path directory) throws SQLException {
        if (kind == Kind.SQLITE) {
            return new TestDatabase(kind, "jdbc:sqlite:" + directory.resolve("db.sqlite3") + "?foreign_keys=true",
                    null);
        }
        String url = "jdbc:h2:mem:evolution-" + UUID.randomUUID();
        return new TestDatabase(kind, url, DriverManager.getConnection(url));
    }

    Kind kind() {
        return kind;
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        if (keepAlive != null) {
            keepAlive.close();
        }
    }
}

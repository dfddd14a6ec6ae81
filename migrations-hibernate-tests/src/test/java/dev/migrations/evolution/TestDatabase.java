package dev.migrations.evolution;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import dev.migrations.core.testing.TestServers;

/**
 * A fresh database for one test: a SQLite file (foreign keys enforced on every connection), an in-memory H2
 * database with a unique name, kept alive by one open connection until {@link #close()}, or a database of its own
 * on the PostgreSQL or MariaDB server, dropped on {@link #close()}.
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
        SQLITE(SqliteIntegerKeyDialect.class.getName(), false),
        H2("org.hibernate.dialect.H2Dialect", true),
        POSTGRESQL(PostgresFixedCharDialect.class.getName(), true),
        MARIADB("org.hibernate.dialect.MariaDBDialect", true);

        private final String hibernateDialect;
        private final boolean nativeSequences;

        Kind(String hibernateDialect, boolean nativeSequences) {
            this.hibernateDialect = hibernateDialect;
            this.nativeSequences = nativeSequences;
        }

        String hibernateDialect() {
            return hibernateDialect;
        }

        /** Whether the database has sequences (else Hibernate emulates them with one-row tables). */
        boolean nativeSequences() {
            return nativeSequences;
        }
    }

    private final Kind kind;
    private final String url;
    private final Connection keepAlive;
    private final TestServers.Server server;

    private TestDatabase(Kind kind, String url, Connection keepAlive, TestServers.Server server) {
        this.kind = kind;
        this.url = url;
        this.keepAlive = keepAlive;
        this.server = server;
    }

    static TestDatabase create(Kind kind, Path directory) throws SQLException {
        return switch (kind) {
            case SQLITE -> new TestDatabase(kind, "jdbc:sqlite:" + directory.resolve("db.sqlite3")
                    + "?foreign_keys=true", null, null);
            case H2 -> {
                String url = "jdbc:h2:mem:evolution-" + UUID.randomUUID();
                yield new TestDatabase(kind, url, DriverManager.getConnection(url), null);
            }
            case POSTGRESQL, MARIADB -> {
                TestServers.Server server = TestServers.create(kind == Kind.POSTGRESQL
                        ? TestServers.Kind.POSTGRESQL : TestServers.Kind.MARIADB);
                yield new TestDatabase(kind, server.url(), null, server);
            }
        };
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
        if (server != null) {
            server.close();
        }
    }
}

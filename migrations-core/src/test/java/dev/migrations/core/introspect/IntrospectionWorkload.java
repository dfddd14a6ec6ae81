package dev.migrations.core.introspect;

import dev.migrations.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The introspection workload: {@code n} tables of {@code columns} columns, each with a primary key, an index and
 * a foreign key to the previous table. {@link #main} measures reading it on SQLite and H2 (the numbers in
 * {@code docs/introspection.md}); the autogenerate benchmark builds on {@link #create}.
 *
 * <pre>
 * mvn -B -q -pl migrations-core -am test-compile
 * java -cp "migrations-core/target/test-classes:migrations-core/target/classes:$(cat cp.txt)" \
 *     dev.migrations.core.introspect.IntrospectionWorkload 1000 10
 * </pre>
 */
public final class IntrospectionWorkload {

    private IntrospectionWorkload() {
    }

    /** Creates the tables in one transaction. {@code columns} counts the id, the foreign key and a number. */
    public static void create(Connection connection, int tables, int columns) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < tables; i++) {
                StringBuilder sql = new StringBuilder("create table bench_" + i + " (id bigint primary key");
                for (int c = 1; c <= columns - 3; c++) {
                    sql.append(", c").append(c).append(" varchar(50)");
                }
                sql.append(", n integer not null default 0, parent_id bigint");
                if (i > 0) {
                    sql.append(" references bench_").append(i - 1).append(" (id) on delete cascade");
                }
                sql.append(')');
                s.execute(sql.toString());
                s.execute("create index ix_bench_" + i + " on bench_" + i + " (c1)");
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Arguments: table count (default 1000), columns per table (default 10), rounds (default 3). */
    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int columns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("introspect-bench");
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bench.sqlite3"))) {
            create(sqlite, tables, columns);
            measure("SQLite", sqlite, tables, rounds);
        }
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            create(h2, tables, columns);
            measure("H2", h2, tables, rounds);
        }
    }

    private static void measure(String database, Connection connection, int tables, int rounds) {
        // Process CPU time, not wall time: the figures must hold on a shared, loaded machine.
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            Schema schema = SchemaReader.defaults().read(connection);
            long cpuMs = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (schema.tables().size() != tables) {
                throw new IllegalStateException("read " + schema.tables().size() + " tables, expected " + tables);
            }
            System.out.printf(Locale.ROOT, "%s: %d tables read in %d ms CPU, %d ms wall (round %d)%n", database,
                    tables, cpuMs, ms, round);
        }
    }
}

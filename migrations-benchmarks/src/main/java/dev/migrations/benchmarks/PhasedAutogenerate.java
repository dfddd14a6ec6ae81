package dev.migrations.benchmarks;

import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.autogenerate.ScriptBodies;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.database.Databases;
import dev.migrations.core.dialect.MigrationPlan;
import dev.migrations.core.dialect.MigrationPlanner;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.core.introspect.TableFilter;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Autogenerate in three timed phases, calling what {@code migrations:revision -Dmigrations.autogenerate} calls
 * (the facade's {@code SchemaComparison} and {@code Engine}), in the same order with the same options:
 *
 * <ol>
 *   <li>read: open a connection and read the database with {@link SchemaReader}, the version table filtered out;</li>
 *   <li>diff: {@link SchemaDiff#compare} and {@link MigrationPlanner#plan} in the database's dialect;</li>
 *   <li>write: {@link ScriptBodies#of} and {@link Migrations#revision} with those bodies, which checks, renders,
 *       parses back and writes the revision file.</li>
 * </ol>
 *
 * Each phase is timed in wall time and in CPU time of the whole process: the garbage collector and the JIT
 * compilers work for the phase on threads of their own, which the calling thread's CPU time would miss.
 *
 * <p>The facade does all three in one call, which cannot be timed apart; {@link AutogenerateBenchmark} checks once
 * per database that both find the same changes.
 *
 * <pre>{@code
 * PhasedAutogenerate.Result r = new PhasedAutogenerate(url, model).run(migrations);
 * System.out.println(r.wall().read() + " " + r.wall().diff() + " " + r.wall().write());
 * }</pre>
 */
final class PhasedAutogenerate {

    private static final String VERSION_TABLE = "migrations_version";

    private final String url;
    private final Schema model;

    PhasedAutogenerate(String url, Schema model) {
        this.url = url;
        this.model = model;
    }

    /** The phases' wall times and what was found and written. */
    record Result(Phases wall, Phases cpu, int tablesRead, List<Change> changes, MigrationPlan plan,
                  RevisionResult written) {
    }

    /** Nanoseconds spent in each phase. */
    record Phases(long read, long diff, long write) {

        long total() {
            return read + diff + write;
        }
    }

    /** Autogenerates one revision with {@code migrations}, which must write into an empty script folder. */
    Result run(Migrations migrations) throws SQLException {
        long start = System.nanoTime();
        long cpuStart = ProcessCpu.nanos();
        JdbcConnections connections = JdbcConnections.forUrl(url, null, null, getClass().getClassLoader());
        connections.requireDriver();
        Dialect dialect;
        Schema database;
        try (Connection connection = connections.open()) {
            dialect = Databases.forConnection(connection).dialect();
            database = SchemaReader.defaults()
                    .filter(TableFilter.all().excluding(Pattern.quote(VERSION_TABLE)))
                    .read(connection);
        }
        long read = System.nanoTime();
        long cpuRead = ProcessCpu.nanos();

        SchemaDiff diff = SchemaDiff.compare(model, database, dialect,
                DiffOptions.defaults().withExclude(List.of(VERSION_TABLE)));
        MigrationPlan plan = new MigrationPlanner(dialect).plan(diff);
        long diffed = System.nanoTime();
        long cpuDiffed = ProcessCpu.nanos();

        ScriptBodies bodies = ScriptBodies.of(plan);
        RevisionResult written = migrations.revision(RevisionRequest.of("benchmark changes")
                .withBodies(bodies.upgrade(), bodies.downgrade())
                .withGuards(bodies.upgradeGuards(), bodies.downgradeGuards()));
        long end = System.nanoTime();
        long cpuEnd = ProcessCpu.nanos();
        return new Result(new Phases(read - start, diffed - read, end - diffed),
                new Phases(cpuRead - cpuStart, cpuDiffed - cpuRead, cpuEnd - cpuDiffed), database.tables().size(),
                diff.changes(), plan, written);
    }
}

package dev.migrations.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.database.Databases;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autogenerate benchmark's setup is what it claims to be; nothing here measures time. */
class AutogenerateWorkloadTest {

    private static final int TABLES = 20;

    @TempDir
    Path work;

    @Test
    void theSameSeedGivesTheSameSchemaAndChanges() {
        Schema a = AutogenerateWorkload.database(60, 42L);
        assertEquals(ModelJson.write(a), ModelJson.write(AutogenerateWorkload.database(60, 42L)));
        assertEquals(ModelJson.write(AutogenerateWorkload.withTenChanges(a).model()),
                ModelJson.write(AutogenerateWorkload.withTenChanges(AutogenerateWorkload.database(60, 42L)).model()));
    }

    @Test
    void theDatabaseHasTenColumnsPerTableAndAMixOfKeysAndIndexes() {
        Schema schema = AutogenerateWorkload.database(200, 42L);
        assertEquals(200, schema.tables().size());
        schema.tables().forEach(t -> assertEquals(10, t.columns().size(), t.name()));
        long withForeignKey = schema.tables().stream().filter(t -> !t.foreignKeys().isEmpty()).count();
        long withUnique = schema.tables().stream().filter(t -> !t.uniqueConstraints().isEmpty()).count();
        long withIndex = schema.tables().stream().filter(t -> !t.indexes().isEmpty()).count();
        long kinds = schema.tables().stream().flatMap(t -> t.columns().stream()).map(c -> c.type().kind())
                .distinct().count();
        assertTrue(withForeignKey > 100 && withForeignKey < 180, "tables with a foreign key: " + withForeignKey);
        assertTrue(withUnique > 50 && withUnique < 110, "tables with a unique constraint: " + withUnique);
        assertTrue(withIndex > 80 && withIndex < 160, "tables with an index: " + withIndex);
        assertTrue(kinds >= 9, "column types used: " + kinds);
    }

    @Test
    void aDiffOfTheModelAgainstTheSqliteDatabaseFindsExactlyTheTenChanges() throws Exception {
        String url = "jdbc:sqlite:" + work.resolve("bench.sqlite3");
        try (Connection c = DriverManager.getConnection(url)) {
            assertFindsExactlyTheTenChanges(url, c);
        }
    }

    @Test
    void aDiffOfTheModelAgainstTheH2DatabaseFindsExactlyTheTenChanges() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url)) {
            assertFindsExactlyTheTenChanges(url, c);
            c.createStatement().execute("shutdown");
        }
    }

    @Test
    void fewerThanTwentyTablesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AutogenerateWorkload.withTenChanges(AutogenerateWorkload.database(19, 42L)));
        assertTrue(e.getMessage().startsWith("[BENCH-002]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AutogenerateBenchmark.Options.parse(new String[] {"--tables", "500,10"}));
    }

    private void assertFindsExactlyTheTenChanges(String url, Connection connection) throws Exception {
        Schema database = AutogenerateWorkload.database(TABLES, 42L);
        WorkloadDatabase.create(connection, Databases.forUrl(url).dialect(), database);

        // what was created reads back as the schema it was created from
        Schema read = SchemaReader.defaults().read(connection);
        assertEquals(TABLES, read.tables().size());
        assertEquals(List.of(), SchemaDiff.compare(database, read, Databases.forUrl(url).dialect(), DiffOptions.defaults())
                .changes().stream().map(Change::description).toList());

        AutogenerateWorkload.Changed changed = AutogenerateWorkload.withTenChanges(database);
        Migrations migrations = Migrations.configure().url(url).scriptLocation(work.resolve("scripts"))
                .listener(MigrationListener.SILENT).load();
        PhasedAutogenerate.Result result = new PhasedAutogenerate(url, changed.model()).run(migrations);

        List<AutogenerateWorkload.ExpectedChange> found = result.changes().stream()
                .map(c -> new AutogenerateWorkload.ExpectedChange(c.getClass().getSimpleName(), tableOf(c)))
                .sorted(Comparator.comparing(AutogenerateWorkload.ExpectedChange::kind))
                .toList();
        List<AutogenerateWorkload.ExpectedChange> expected = changed.expected().stream()
                .sorted(Comparator.comparing(AutogenerateWorkload.ExpectedChange::kind))
                .toList();
        assertEquals(expected.size(), AutogenerateWorkload.CHANGES);
        assertEquals(expected, found);
        assertTrue(Files.isRegularFile(result.written().path()));
        assertTrue(Files.readString(result.written().path()).contains("audit_event"));
    }

    /** Lower case: H2 reports the names it folded to upper case. */
    private static String tableOf(Change change) {
        return nameOf(change).toLowerCase(Locale.ROOT);
    }

    private static String nameOf(Change change) {
        if (change instanceof Change.AddTable a) {
            return a.definition().name();
        }
        if (change instanceof Change.DropTable d) {
            return d.definition().name();
        }
        return ((Change.TableChange) change).table().name();
    }
}

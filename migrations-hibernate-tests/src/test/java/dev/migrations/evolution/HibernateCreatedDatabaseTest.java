package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.Migrations;
import dev.migrations.oracle.CompiledDomain;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database that Hibernate ORM built itself ({@code hbm2ddl.auto=create}) for a version of the evolution
 * fixture holds what our model says: {@code check} against it finds only the differences listed in
 * {@code docs/autogenerate-verification.md}, each encoded in {@link HibernateSchemaDifferences}.
 */
class HibernateCreatedDatabaseTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "v{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aDatabaseHibernateCreatedOnH2DiffsCleanAgainstTheModel(int version) throws Exception {
        assertOnlyKnownDifferences(TestDatabase.Kind.H2, version);
    }

    @ParameterizedTest(name = "v{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aDatabaseHibernateCreatedOnPostgresqlDiffsCleanAgainstTheModel(int version) throws Exception {
        assertOnlyKnownDifferences(TestDatabase.Kind.POSTGRESQL, version);
    }

    @ParameterizedTest(name = "v{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aDatabaseHibernateCreatedOnMariadbDiffsCleanAgainstTheModel(int version) throws Exception {
        assertOnlyKnownDifferences(TestDatabase.Kind.MARIADB, version);
    }

    private void assertOnlyKnownDifferences(TestDatabase.Kind kind, int version) throws Exception {
        CompiledDomain domain = EvolutionDomain.version(version);
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            try (SessionFactory hibernate = HibernateBoot.start(domain, database, "create")) {
                Migrations migrations = Migrations.configure().url(database.url())
                        .scriptLocation(dir.resolve("migrations")).load();
                CheckResult check = migrations.check(EvolutionDomain.modelSource(domain), List.of());
                assertEquals(List.of(), HibernateSchemaDifferences.unexplained(domain.model(), check.changes()),
                        kind + " v" + version + ": undocumented differences between Hibernate's schema and the model");
                assertEquals(List.of(), HibernateSchemaDifferences.unmatched(domain.model(), check.changes()),
                        kind + " v" + version + ": documented differences that no longer occur");
            }
        }
    }
}

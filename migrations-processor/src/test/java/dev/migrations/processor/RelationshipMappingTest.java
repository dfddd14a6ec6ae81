package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class RelationshipMappingTest {

    @Test
    void associationsJoinTablesAndCollectionTablesMatchHibernateDefaults() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("relations"));
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("relations", Fixtures.model(compilation));
    }

    @Test
    void springBootSnakeCaseNamingRenamesTablesColumnsAndJoinTables() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("relations"), "-Amigrations.naming=snake_case");
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("relations-snake-case", Fixtures.model(compilation));
    }
}

package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class BasicMappingTest {

    @Test
    void columnsTypesAndTableConstraintsMatchHibernateDefaults() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("basics"));
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("basics", Fixtures.model(compilation));
    }
}

package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class InheritanceMappingTest {

    @Test
    void hierarchiesEmbeddablesCompositeIdsAndAccessMatchHibernateDefaults() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("inheritance"));
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("inheritance", Fixtures.model(compilation));
    }
}

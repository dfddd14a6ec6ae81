package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class EmbeddingMappingTest {

    @Test
    void nestedEmbeddablesOverridesAndMemberAccessMatchHibernateDefaults() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("embedding"));
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("embedding", Fixtures.model(compilation));
    }
}

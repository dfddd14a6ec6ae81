package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    @Test
    void sequencesAndGeneratorTablesAreThoseHibernateNeeds() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("generators"));
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("generators", Fixtures.model(compilation));
    }
}

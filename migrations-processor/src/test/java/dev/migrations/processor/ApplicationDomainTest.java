package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** A typical application domain: audited base class, schemas, non-key references, joined payments. */
class ApplicationDomainTest {

    @Test
    void aTypicalDomainMatchesHibernateDefaults() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("shop"));
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("shop", Fixtures.model(compilation));
    }

    @Test
    void aTypicalDomainMatchesSpringBootNaming() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("shop"), "-Amigrations.naming=snake_case");
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("shop-snake-case", Fixtures.model(compilation));
    }
}

package dev.migrations.evolution;

import dev.migrations.core.api.ModelSource;
import dev.migrations.oracle.CompiledDomain;
import dev.migrations.oracle.DomainCompiler;
import dev.migrations.oracle.Naming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evolving fixture domain: {@code src/test/resources/domain/evolution/v1} … {@code v5}, each a complete
 * source tree of one version of the same application. Each version is compiled once per test run with javac and
 * the processor, as a user's build compiles it.
 *
 * <pre>{@code
 * CompiledDomain v3 = EvolutionDomain.version(3);
 * ModelSource model = EvolutionDomain.modelSource(v3);
 * }</pre>
 */
final class EvolutionDomain {

    private static final Path SOURCES = Path.of("src/test/resources/domain/evolution");

    /** The number of versions the fixture holds ({@code v1} … {@code vN}). */
    static final int VERSIONS = versionsPresent();
    private static final Map<String, CompiledDomain> COMPILED = new ConcurrentHashMap<>();

    private EvolutionDomain() {
    }

    /** The version compiled with Hibernate's default naming. */
    static CompiledDomain version(int version) {
        return version(version, Naming.JPA);
    }

    static CompiledDomain version(int version, Naming naming) {
        return COMPILED.computeIfAbsent(version + "-" + naming, key -> compile(version, naming));
    }

    /** Where the processor wrote the compiled domain's model, as autogenerate reads it. */
    static ModelSource modelSource(CompiledDomain domain) {
        return ModelSource.file(domain.classesDirectory().resolve(DomainCompiler.MODEL_RESOURCE));
    }

    private static int versionsPresent() {
        int n = 0;
        while (Files.isDirectory(SOURCES.resolve("v" + (n + 1)))) {
            n++;
        }
        return n;
    }

    private static CompiledDomain compile(int version, Naming naming) {
        try {
            Path out = Files.createTempDirectory("evolution-v" + version + "-" + naming.option() + "-");
            out.toFile().deleteOnExit();
            return DomainCompiler.compile(SOURCES.resolve("v" + version), naming, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

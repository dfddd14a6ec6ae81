package dev.migrations.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle for the less common mappings (associations inside composite keys, join and collection tables
 * with their own constraints, shared primary keys, ...): the processor's model must equal the schema Hibernate
 * ORM 7 builds, with no difference at all.
 */
class MappingsOracleTest {

    static final Path MAPPINGS = Path.of("src/test/resources/domain/mappings");

    @TempDir
    static Path output;

    private static final Map<Naming, CompiledDomain> COMPILED = new EnumMap<>(Naming.class);

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (OracleDialect dialect : OracleDialect.values()) {
            for (Naming naming : Naming.values()) {
                cases.add(Arguments.of(dialect, naming));
            }
        }
        return cases.stream();
    }

    static synchronized CompiledDomain compiled(Naming naming) throws IOException {
        CompiledDomain domain = COMPILED.get(naming);
        if (domain == null) {
            Path classes = Files.createDirectories(output.resolve(naming.option()));
            domain = DomainCompiler.compile(MAPPINGS, naming, classes);
            COMPILED.put(naming, domain);
        }
        return domain;
    }

    @ParameterizedTest(name = "{0} dialect, {1} naming")
    @MethodSource("cases")
    void processorModelEqualsTheSchemaHibernateGenerates(OracleDialect dialect, Naming naming) throws IOException {
        CompiledDomain domain = compiled(naming);
        Schema hibernate = HibernateSchema.of(domain, dialect, naming);

        List<Difference> differences = SchemaComparison.compare(domain.model(), hibernate);

        assertEquals(List.of(), differences, () -> dialect + ", " + naming.option() + " naming");
    }
}

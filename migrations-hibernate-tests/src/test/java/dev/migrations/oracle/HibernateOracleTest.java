package dev.migrations.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle: for the shop domain, the processor's model.json must describe the schema Hibernate ORM 7 builds
 * for the same classes, on every dialect and in every naming mode, except for the deliberate differences listed
 * in {@code docs/hibernate-differences.md}.
 */
class HibernateOracleTest {

    static final Path SHOP = Path.of("src/test/resources/domain/shop");

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
            domain = DomainCompiler.compile(SHOP, naming, classes);
            COMPILED.put(naming, domain);
        }
        return domain;
    }

    @ParameterizedTest(name = "{0} dialect, {1} naming")
    @MethodSource("cases")
    void processorModelDescribesTheSchemaHibernateGenerates(OracleDialect dialect, Naming naming) throws IOException {
        CompiledDomain domain = compiled(naming);
        Schema hibernate = HibernateSchema.of(domain, dialect, naming);

        List<Difference> differences = SchemaComparison.compare(domain.model(), hibernate);

        List<KnownDifference> known = KnownDifference.all().stream()
                .filter(k -> k.appliesTo(dialect, naming)).toList();
        List<Difference> unexpected = differences.stream()
                .filter(d -> known.stream().noneMatch(k -> k.excuses(d, dialect, naming)))
                .toList();
        List<KnownDifference> stale = known.stream()
                .filter(k -> differences.stream().noneMatch(d -> k.excuses(d, dialect, naming)))
                .toList();
        assertTrue(unexpected.isEmpty() && stale.isEmpty(), () -> report(dialect, naming, unexpected, stale));
    }

    private static String report(OracleDialect dialect, Naming naming, List<Difference> unexpected,
                                 List<KnownDifference> stale) {
        StringBuilder sb = new StringBuilder();
        sb.append(unexpected.size()).append(" difference(s) between the processor's model and Hibernate's schema (")
                .append(dialect).append(", ").append(naming.option()).append(" naming):\n");
        sb.append(unexpected.stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
        if (!stale.isEmpty()) {
            sb.append("\nknown differences that no longer occur (remove them from KnownDifferences and "
                    + "docs/hibernate-differences.md):\n");
            sb.append(stale.stream().map(k -> "  " + k.expected()).collect(Collectors.joining("\n")));
        }
        return sb.toString();
    }
}

package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.model.Table;
import dev.migrations.oracle.CompiledDomain;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The primary key of a {@code @ManyToMany Set} join table lists its columns in the order Hibernate 7 creates them
 * (here the inverse column first, since the names decide between columns of one size), in the model and in the
 * database the scripts build, on every database.
 */
class JoinTableKeyOrderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSetJoinTableKeyHasHibernatesColumnOrder(TestDatabase.Kind kind) throws Exception {
        CompiledDomain domain = MiniDomain.compile(dir, Map.of(
                "Specialty", """
                        @Entity
                        public class Specialty {
                            @Id Long id;
                            String name;
                        }
                        """,
                "Vet", """
                        @Entity
                        public class Vet {
                            @Id Long id;
                            @ManyToMany
                            @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
                                    inverseJoinColumns = @JoinColumn(name = "specialty_id"))
                            java.util.Set<Specialty> specialties;
                        }
                        """));
        Table joinTable = domain.model().tables().stream().filter(t -> t.name().equalsIgnoreCase("vet_specialties"))
                .findFirst().orElseThrow();
        List<String> hibernates;
        try (TestDatabase database = TestDatabase.create(kind, java.nio.file.Files.createDirectories(dir.resolve("hibernate")))) {
            try (SessionFactory ignored = HibernateBoot.start(domain, database, "create")) {
                hibernates = primaryKey(database.url(), "vet_specialties");
            }
        }
        assertEquals(List.of("specialty_id", "vet_id"), hibernates, "Hibernate's own order on " + kind);
        assertEquals(hibernates, lower(joinTable.primaryKey().columns()), "the model's order");
        try (TestDatabase database = TestDatabase.create(kind, java.nio.file.Files.createDirectories(dir.resolve("scripts")))) {
            assertEquals(List.of(), MiniDomain.upgradeThenCheck(domain, database, dir.resolve("scripts")));
            assertEquals(hibernates, primaryKey(database.url(), "vet_specialties"), "the order our scripts create");
        }
    }

    private static List<String> primaryKey(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                Map<Short, String> columns = new TreeMap<>();
                try (ResultSet r = c.getMetaData().getPrimaryKeys(c.getCatalog(), null, name)) {
                    while (r.next()) {
                        columns.put(r.getShort("KEY_SEQ"), r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                if (!columns.isEmpty()) {
                    return List.copyOf(columns.values());
                }
            }
            return List.of();
        }
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}

package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A composite primary key Hibernate created on H2 matches the model's key. */
class CompositeKeyOrderBugTest {

    @TempDir
    Path dir;

    @Test
    void aCompositeKeyHibernateCreatedMatchesTheModel() throws Exception {
        var domain = MiniDomain.compile(dir, Map.of(
                "Basket", """
                        @Entity
                        public class Basket {
                            @Id Long id;
                            @ElementCollection @OrderColumn java.util.List<String> notes;
                        }
                        """));
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2, dir)) {
            assertEquals(List.of(), MiniDomain.hibernateCreateThenCheck(domain, database, dir));
        }
    }
}

package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A composite primary key Hibernate created on H2 matches the model's key. */
@org.junit.jupiter.api.Disabled("Defect: Hibernate's schema export orders a composite key by its column-ordering "
        + "strategy (fixed-size types first by size, then names): an element list's key becomes (notes_ORDER, "
        + "Basket_id), an integer before a bigint. The processor writes the boot model's order (Basket_id, "
        + "notes_ORDER), so check reports 'removed primary key [...]' + 'added primary key [...]' on a database "
        + "Hibernate created. Expected: the processor writes the order Hibernate creates, or the diff does not "
        + "rebuild a key whose columns are the same set.")
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

package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check on an integer discriminator, as Hibernate creates it on H2, matches the model. */
class IntegerDiscriminatorCheckBugTest {

    @TempDir
    Path dir;

    @Test
    void anIntegerDiscriminatorCheckHibernateCreatedMatchesTheModel() throws Exception {
        var domain = MiniDomain.compile(dir, Map.of(
                "Asset", """
                        @Entity
                        @Inheritance
                        @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
                        public abstract class Asset {
                            @Id Long id;
                        }
                        """,
                "Truck", """
                        @Entity
                        @DiscriminatorValue("1")
                        public class Truck extends Asset {
                            String plate;
                        }
                        """,
                "Forklift", """
                        @Entity
                        @DiscriminatorValue("2")
                        public class Forklift extends Asset {
                            Integer height;
                        }
                        """));
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2, dir)) {
            assertEquals(List.of(), MiniDomain.hibernateCreateThenCheck(domain, database, dir));
        }
    }
}

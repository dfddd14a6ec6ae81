package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primitive attribute of a {@code SINGLE_TABLE} subclass becomes a check {@code DTYPE <> 'Truck' or (payload is
 * not null)}; after our own upgrade on H2 the check must compare equal to the model.
 */
class SubclassNotNullCheckBugTest {

    @TempDir
    Path dir;

    @Test
    void aSingleTableSubclassPrimitiveCheckIsNotReportedAfterTheUpgradeOnH2() throws Exception {
        var domain = MiniDomain.compile(dir, Map.of(
                "Vehicle", """
                        @Entity
                        @Inheritance
                        public abstract class Vehicle {
                            @Id Long id;
                        }
                        """,
                "Truck", """
                        @Entity
                        public class Truck extends Vehicle {
                            int payload;
                        }
                        """));
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2, dir)) {
            assertEquals(List.of(), MiniDomain.upgradeThenCheck(domain, database, dir));
        }
    }
}

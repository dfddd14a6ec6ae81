package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A string enum with an explicit length, created by Hibernate on H2 as a native enum, matches the model. */
class H2NativeEnumLengthBugTest {

    @TempDir
    Path dir;

    @Test
    void aNativeEnumColumnHibernateCreatedMatchesAStringEnumWithALength() throws Exception {
        var domain = MiniDomain.compile(dir, Map.of(
                "Tier", "public enum Tier { BRONZE, SILVER }\n",
                "Card", """
                        @Entity
                        public class Card {
                            @Id Long id;
                            @Enumerated(EnumType.STRING)
                            @Column(length = 20)
                            Tier tier;
                        }
                        """));
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2, dir)) {
            assertEquals(List.of(), MiniDomain.hibernateCreateThenCheck(domain, database, dir));
        }
    }
}

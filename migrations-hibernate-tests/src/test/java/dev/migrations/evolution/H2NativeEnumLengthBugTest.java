package dev.migrations.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A string enum with an explicit length, created by Hibernate on H2 as a native enum, matches the model. */
@org.junit.jupiter.api.Disabled("Defect: Hibernate's H2 DDL makes @Enumerated(STRING) @Column(length = 20) a native "
        + "enum('A','B'); the H2 reader turns it into varchar(255), so check reports 'type changed of column "
        + "Card.tier from varchar(255) to varchar(20)' (a false positive whose planned ALTER would also drop the "
        + "enum). Expected: a native enum column matches the model's varchar of any length with the same values.")
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

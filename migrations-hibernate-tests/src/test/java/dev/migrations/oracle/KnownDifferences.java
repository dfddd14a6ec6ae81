package dev.migrations.oracle;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The deliberate differences of the shop domain; each is a row of {@code docs/hibernate-differences.md}. */
final class KnownDifferences {

    private static final String CONVERTER_CHECK = "Hibernate derives the check of a converted Boolean by calling "
            + "the AttributeConverter; the processor runs inside javac, before the converter is even compiled, "
            + "and never executes user code";

    static final List<KnownDifference> ALL = List.of(
            new KnownDifference(CONVERTER_CHECK, EnumSet.allOf(OracleDialect.class), Set.of(Naming.JPA),
                    new Difference("orders check giftWrapped in [N, Y]", "exists", Difference.ABSENT, "present")),
            new KnownDifference(CONVERTER_CHECK, EnumSet.allOf(OracleDialect.class), Set.of(Naming.SNAKE_CASE),
                    new Difference("orders check gift_wrapped in [N, Y]", "exists", Difference.ABSENT, "present")));

    private KnownDifferences() {
    }
}

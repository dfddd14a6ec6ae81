package dev.migrations.oracle;

import java.util.List;

/** The deliberate differences of the shop domain; see {@code docs/hibernate-differences.md}. */
final class KnownDifferences {

    static final List<KnownDifference> ALL = List.of();

    private KnownDifferences() {
    }
}

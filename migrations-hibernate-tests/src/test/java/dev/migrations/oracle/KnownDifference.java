package dev.migrations.oracle;

import java.util.List;
import java.util.Set;

/**
 * A deliberate difference between the processor and Hibernate, listed with its reason in
 * {@code docs/hibernate-differences.md}. It matches one {@link Difference} exactly, for the dialects and naming
 * modes named, so it can excuse nothing else.
 *
 * @param reason   why the processor differs on purpose
 * @param dialects the dialects where Hibernate differs
 * @param namings  the naming modes where it differs
 * @param expected the difference, exactly as the comparison reports it
 */
public record KnownDifference(String reason, Set<OracleDialect> dialects, Set<Naming> namings,
                              Difference expected) {

    public KnownDifference {
        dialects = Set.copyOf(dialects);
        namings = Set.copyOf(namings);
    }

    /** Whether this entry excuses that difference in that case. */
    public boolean excuses(Difference difference, OracleDialect dialect, Naming naming) {
        return dialects.contains(dialect) && namings.contains(naming) && expected.equals(difference);
    }

    /** Whether this entry applies to the case at all. */
    public boolean appliesTo(OracleDialect dialect, Naming naming) {
        return dialects.contains(dialect) && namings.contains(naming);
    }

    /** The deliberate differences, one entry per row of {@code docs/hibernate-differences.md}. */
    public static List<KnownDifference> all() {
        return KnownDifferences.ALL;
    }
}

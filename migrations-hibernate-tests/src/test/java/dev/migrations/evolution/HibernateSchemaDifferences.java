package dev.migrations.evolution;

import dev.migrations.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The changes {@code check} reports between an H2 database Hibernate ORM created itself and the model of the same
 * entities, each with its reason (the same list is in {@code docs/autogenerate-verification.md}). An entry names
 * one table and matches change lines by pattern; it applies while its table is in the model. The test fails when a
 * change matches no entry and when an applicable entry matches nothing, so the list can neither excuse anything
 * else nor go stale. An entry marked as a product defect has a test of its own ({@code …BugTest}) that expects no
 * change, and leaves this list when fixed.
 *
 * <pre>{@code
 * List<String> unexplained = HibernateSchemaDifferences.unexplained(model, check.changes());
 * List<String> stale = HibernateSchemaDifferences.unmatched(model, check.changes());
 * }</pre>
 */
final class HibernateSchemaDifferences {

    /** One documented difference on one table. */
    record Entry(String table, Pattern change, boolean defect, String reason) {

        boolean appliesTo(Schema model) {
            return model.tables().stream().anyMatch(t -> t.name().equalsIgnoreCase(table));
        }

        boolean matches(String line) {
            return change.matcher(line).matches();
        }
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("orders", quoted("removed check giftwrapped in ('N','Y') on 'orders'"), false,
                    "Hibernate derives the values of a @Convert(YesNoConverter) Boolean by running the converter; "
                            + "the processor never runs user code"));

    private HibernateSchemaDifferences() {
    }

    /** The change lines no applicable entry explains. */
    static List<String> unexplained(Schema model, List<String> changes) {
        List<Entry> applicable = ENTRIES.stream().filter(e -> e.appliesTo(model)).toList();
        List<String> left = new ArrayList<>();
        for (String change : changes) {
            if (applicable.stream().noneMatch(e -> e.matches(change))) {
                left.add(change);
            }
        }
        return left;
    }

    /** The applicable entries that match no change line: fixed, or the fixture changed. */
    static List<String> unmatched(Schema model, List<String> changes) {
        return ENTRIES.stream().filter(e -> e.appliesTo(model))
                .filter(e -> changes.stream().noneMatch(e::matches))
                .map(e -> e.table() + ": " + e.change().pattern() + " (" + e.reason() + ")")
                .toList();
    }

    private static Pattern quoted(String line) {
        return Pattern.compile(Pattern.quote(line));
    }
}

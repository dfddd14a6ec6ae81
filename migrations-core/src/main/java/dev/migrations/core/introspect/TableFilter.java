package dev.migrations.core.introspect;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ConfigurationException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables the reader returns: a table is read when its name matches one of the include patterns (or there
 * are none) and none of the exclude patterns. Patterns are Java regular expressions matched against the whole
 * unqualified table name, ignoring case (H2 folds unquoted names to upper case). Tables whose name starts with
 * {@code migrations_} belong to the tool and are never returned.
 *
 * <pre>{@code
 * TableFilter filter = TableFilter.all().including("app_.*").excluding(".*_backup");
 * }</pre>
 *
 * @param includes the include patterns; empty means every table
 * @param excludes the exclude patterns
 */
public record TableFilter(List<Pattern> includes, List<Pattern> excludes) {

    /** The prefix of the tool's own tables. */
    public static final String OWN_TABLE_PREFIX = "migrations_";

    public TableFilter {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Every table but the tool's own. */
    public static TableFilter all() {
        return new TableFilter(List.of(), List.of());
    }

    /** This filter, also accepting tables that match {@code regex}. */
    public TableFilter including(String regex) {
        return new TableFilter(append(includes, compile(regex)), excludes);
    }

    /** This filter, also rejecting tables that match {@code regex}. */
    public TableFilter excluding(String regex) {
        return new TableFilter(includes, append(excludes, compile(regex)));
    }

    /** Whether the table with this unqualified name is read. */
    public boolean accepts(String tableName) {
        if (isOwnTable(tableName)) {
            return false;
        }
        boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> p.matcher(tableName).matches());
        return included && excludes.stream().noneMatch(p -> p.matcher(tableName).matches());
    }

    /** Whether the name belongs to one of the tool's own tables ({@code migrations_…}, in any case). */
    public static boolean isOwnTable(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith(OWN_TABLE_PREFIX);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new ConfigurationException("INTROSPECT-002", "The table pattern '" + regex
                    + "' is not a valid regular expression: " + e.getDescription()
                    + ". Fix " + Advice.setting("exclude") + ".", e);
        }
    }

    private static List<Pattern> append(List<Pattern> list, Pattern p) {
        java.util.ArrayList<Pattern> copy = new java.util.ArrayList<>(list);
        copy.add(p);
        return copy;
    }
}

package dev.migrations.core.diff;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ConfigurationException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which tables the diff looks at. Patterns are Java regular expressions matched against the whole table name
 * without regard to case, the same syntax the schema reader's {@code TableFilter} takes, so one {@code <exclude>}
 * value serves both. A table is compared when it matches an include pattern (or there are none) and no exclude
 * pattern. Tables whose names start with {@code migrations_} belong to this tool and are never compared.
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.defaults().withExclude(List.of("legacy_.*", "audit_log"));
 * }</pre>
 *
 * @param include regular expressions of tables to compare; empty for all
 * @param exclude regular expressions of tables never to compare
 */
public record DiffOptions(List<String> include, List<String> exclude) {

    /** The prefix of every table this tool owns. */
    public static final String OWN_TABLE_PREFIX = "migrations_";

    /**
     * @throws ConfigurationException ({@code DIFF-002}) when a pattern is not a regular expression
     */
    public DiffOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        include.forEach(DiffOptions::compile);
        exclude.forEach(DiffOptions::compile);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), List.of());
    }

    public DiffOptions withInclude(List<String> patterns) {
        return new DiffOptions(patterns, exclude);
    }

    public DiffOptions withExclude(List<String> patterns) {
        return new DiffOptions(include, patterns);
    }

    /** Whether the diff compares this table. */
    public boolean compares(String tableName) {
        if (tableName.toLowerCase(Locale.ROOT).startsWith(OWN_TABLE_PREFIX)) {
            return false;
        }
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> matches(p, tableName));
        return included && exclude.stream().noneMatch(p -> matches(p, tableName));
    }

    private static boolean matches(String pattern, String name) {
        return compile(pattern).matcher(name).matches();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new ConfigurationException("DIFF-002", "The table pattern '" + regex + "' is not a valid regular "
                    + "expression: " + e.getDescription() + ". Fix " + Advice.setting("exclude")
                    + " (for example legacy_.* for every table starting legacy_).", e);
        }
    }
}

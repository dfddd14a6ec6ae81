package dev.migrations.core.diff;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables the diff looks at. Patterns are globs on the table name ({@code *} any run of characters,
 * {@code ?} one character), matched without regard to case. A table is compared when it matches an include
 * pattern (or there are none) and no exclude pattern. Tables whose names start with {@code migrations_} belong to
 * this tool and are never compared.
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.defaults().withExclude(List.of("legacy_*", "audit_log"));
 * }</pre>
 *
 * @param include globs of tables to compare; empty for all
 * @param exclude globs of tables never to compare
 */
public record DiffOptions(List<String> include, List<String> exclude) {

    /** The prefix of every table this tool owns. */
    public static final String OWN_TABLE_PREFIX = "migrations_";

    public DiffOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
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
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> glob(p, tableName));
        return included && exclude.stream().noneMatch(p -> glob(p, tableName));
    }

    private static boolean glob(String pattern, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(name).matches();
    }
}

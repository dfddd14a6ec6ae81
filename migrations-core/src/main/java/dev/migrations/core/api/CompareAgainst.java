package dev.migrations.core.api;

import java.util.Locale;

/**
 * What {@link Migrations#check} and autogenerate compare the entity model with.
 *
 * <pre>{@code
 * Migrations.configure().url("jdbc:postgresql://db/app").scriptLocation(scripts)
 *         .against(CompareAgainst.SCRIPTS)      // CI: no live database needed
 *         .load().check(ModelSource.file(model), List.of());
 * }</pre>
 */
public enum CompareAgainst {

    /**
     * The configured database, which must be at the scripts' head (the default): what a revision written now
     * would have to change in that database.
     */
    DATABASE,

    /**
     * The revision scripts: every revision up to the scripts' head is applied to a shadow database (a temporary
     * SQLite file, a private H2 in-memory database, a temporary database on the same PostgreSQL or MariaDB server,
     * or the empty database {@link MigrationsBuilder#shadowUrl named}), and the model is compared with that. The
     * configured database is never connected to.
     */
    SCRIPTS;

    /**
     * Reads a setting's value: {@code database} or {@code scripts}, in any case; blank or {@code null} is
     * {@link #DATABASE}.
     *
     * @throws ConfigurationException ({@code SHADOW-001}) for any other value
     */
    public static CompareAgainst parse(String value) {
        if (value == null || value.isBlank()) {
            return DATABASE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "database" -> DATABASE;
            case "scripts" -> SCRIPTS;
            default -> throw new ConfigurationException("SHADOW-001", "'" + value.strip() + "' is not something "
                    + "to compare the entity model with: set " + Phrasing.Advice.setting("against") + " to database "
                    + "(the configured database, at head) or scripts (the revision scripts replayed into a shadow "
                    + "database).");
        };
    }

    /** The setting's value as written: {@code database} or {@code scripts}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}

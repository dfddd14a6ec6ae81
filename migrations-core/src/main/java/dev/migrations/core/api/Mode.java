package dev.migrations.core.api;

import java.util.Locale;
import java.util.Map;

/**
 * How {@link Migrations#start()} prepares the database when an application starts.
 *
 * <pre>{@code
 * Mode mode = Mode.fromEnvironment(System.getenv());   // APP_DEBUG=true -> DEVELOPMENT
 * }</pre>
 */
public enum Mode {

    /** Apply the packaged revisions up to head, under the lock ({@link Migrations#upgrade}). */
    PRODUCTION,

    /**
     * Create the model's missing tables straight from {@code model.json} and load the seed scripts
     * ({@link Migrations#createAll()}); no version table.
     */
    DEVELOPMENT;

    /** The environment variable that picks the mode when the configuration does not. */
    public static final String SWITCH = "APP_DEBUG";

    /**
     * The mode {@value #SWITCH} picks: {@code true} is development, {@code false} or unset is production (case and
     * surrounding blanks do not matter).
     *
     * @throws ConfigurationException ({@code CONFIG-012}) for any other value, so a typo never turns a production
     *                                start into a development one
     */
    public static Mode fromEnvironment(Map<String, String> environment) {
        String value = environment.get(SWITCH);
        if (value == null || value.isBlank()) {
            return PRODUCTION;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> DEVELOPMENT;
            case "false" -> PRODUCTION;
            default -> throw new ConfigurationException("CONFIG-012", "The environment variable " + SWITCH
                    + " is '" + value.strip() + "'; it must be true (development: create the tables and load the "
                    + "seed data) or false (production: apply the migrations). Fix it, or set the mode in the "
                    + "configuration.");
        };
    }
}

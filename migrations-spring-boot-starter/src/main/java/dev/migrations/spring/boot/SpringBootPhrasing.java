package dev.migrations.spring.boot;

import dev.migrations.core.api.Phrasing;
import java.util.List;
import java.util.Map;

/**
 * Phrases the engine's advice as a Spring Boot user acts on it: the start-up's settings as
 * {@code spring.migrations.*} properties ({@code spring.migrations.drift-check}), and commands as the Maven
 * plugin's goals ({@code mvn migrations:stamp -Dmigrations.target=head}), which work on the same scripts.
 *
 * <pre>{@code
 * Migrations.configure().dataSource(dataSource).classpathLocation("db/migrations")
 *         .phrasing(SpringBootPhrasing.INSTANCE).load();
 * }</pre>
 */
public final class SpringBootPhrasing implements Phrasing {

    /** The one instance; it holds no state. */
    public static final SpringBootPhrasing INSTANCE = new SpringBootPhrasing();

    /** The engine's setting names that are start-up properties, and their property names. */
    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("url", "url"),
            Map.entry("user", "user"),
            Map.entry("password", "password"),
            Map.entry("scriptLocation", "script-location"),
            Map.entry("classpathLocation", "script-location"),
            Map.entry("seedLocation", "seed-location"),
            Map.entry("seedDirectory", "seed-location"),
            Map.entry("versionTable", "version-table"),
            Map.entry("schema", "schema"),
            Map.entry("mode", "mode"),
            Map.entry("driftCheck", "drift-check"),
            Map.entry("lockTimeout", "lock-timeout"));

    private SpringBootPhrasing() {
    }

    /** {@code spring.migrations.drift-check}; a setting of the Maven goals only as {@code -Dmigrations.target}. */
    @Override
    public String setting(String name) {
        String property = PROPERTIES.get(name);
        return property != null ? MigrationsProperties.PREFIX + "." + property : "-Dmigrations." + name;
    }

    @Override
    public String settingValue(String name, String value) {
        String property = PROPERTIES.get(name);
        if (property != null) {
            return MigrationsProperties.PREFIX + "." + property + "=" + value;
        }
        return "-Dmigrations." + name + (value.isEmpty() ? "" : "=" + (value.contains(" ") ? "\"" + value + "\"" : value));
    }

    @Override
    public String command(String name, List<String> settingValues) {
        StringBuilder command = new StringBuilder("mvn migrations:").append(name);
        for (String pair : settingValues) {
            String[] kv = pair.split("=", 2);
            String value = kv.length > 1 ? kv[1] : "";
            command.append(" -Dmigrations.").append(kv[0])
                    .append(value.isEmpty() ? "" : "=" + (value.contains(" ") ? "\"" + value + "\"" : value));
        }
        return command.toString();
    }
}

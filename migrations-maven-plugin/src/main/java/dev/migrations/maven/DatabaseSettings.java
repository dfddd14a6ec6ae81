package dev.migrations.maven;

import dev.migrations.core.api.DatabaseUrl;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which database a goal talks to, and where that choice came from (for the {@code Using database …} line).
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseSettings.resolveUrl(configuredUrl, fromCommandLine, baseDir, System.getenv());
 * log.info("Using database " + url);   // password masked
 * }</pre>
 */
final class DatabaseSettings {

    private DatabaseSettings() {
    }

    /**
     * The configured URL when there is one; otherwise core's default chain ({@code MIGRATIONS_URL}, {@code DB_URL},
     * {@code DB_URL} in {@code .env}, then {@code jdbc:sqlite:<project dir>/db.sqlite3}).
     *
     * @param configuredUrl   the {@code url} parameter after command-line overrides, or {@code null}
     * @param fromCommandLine whether that value came from {@code -Dmigrations.url}
     */
    static DatabaseUrl resolveUrl(String configuredUrl, boolean fromCommandLine, Path baseDir,
                                  Map<String, String> env) {
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return new DatabaseUrl(configuredUrl.trim(), fromCommandLine ? "-Dmigrations.url" : "<url> in the POM");
        }
        return DatabaseUrl.resolve(baseDir, env);
    }
}

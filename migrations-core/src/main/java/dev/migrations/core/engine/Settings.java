package dev.migrations.core.engine;

import dev.migrations.core.api.MigrationListener;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The validated configuration of one facade. Exactly one of {@code scriptLocation} and {@code classpathLocation}
 * is set.
 */
public record Settings(String url, String user, String password, Path scriptLocation, String classpathLocation,
                       ClassLoader classLoader, String versionTable, String schema, String fileTemplate,
                       MigrationListener listener, String appliedBy, Duration lockTimeout, Clock clock) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "Settings[url=" + dev.migrations.core.api.DatabaseUrl.masked(url) + ", user=" + user
                + ", scriptLocation=" + scriptLocation + ", classpathLocation=" + classpathLocation
                + ", versionTable=" + versionTable + ", schema=" + schema + "]";
    }
}

package dev.migrations.core.engine;

import dev.migrations.core.api.CompareAgainst;
import dev.migrations.core.api.DriftCheck;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Mode;
import dev.migrations.core.api.ModelSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The validated configuration of one facade. Exactly one of {@code scriptLocation} and {@code classpathLocation}
 * is set; at most one of {@code url} and {@code dataSource}. {@code mode} is resolved (configuration, else
 * {@code APP_DEBUG}); {@code seedLocation} is a classpath folder, used when {@code seedDirectory} is {@code null};
 * {@code shadowUrl} is {@code null} unless an explicit shadow database is configured.
 */
public record Settings(String url, DataSource dataSource, String user, String password, Path scriptLocation, String classpathLocation,
                       ClassLoader classLoader, String versionTable, String schema, String fileTemplate,
                       MigrationListener listener, String appliedBy, Duration lockTimeout, Clock clock,
                       Mode mode, String seedLocation, Path seedDirectory, ModelSource model,
                       DriftCheck driftCheck, CompareAgainst against, String shadowUrl) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "Settings[url=" + dev.migrations.core.api.DatabaseUrl.masked(url) + ", user=" + user
                + ", scriptLocation=" + scriptLocation + ", classpathLocation=" + classpathLocation
                + ", versionTable=" + versionTable + ", schema=" + schema + ", against=" + against.value()
                + (shadowUrl == null ? "" : ", shadowUrl=" + dev.migrations.core.api.DatabaseUrl.masked(shadowUrl))
                + "]";
    }
}

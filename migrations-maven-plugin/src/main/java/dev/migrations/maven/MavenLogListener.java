package dev.migrations.maven;

import dev.migrations.core.api.MigrationListener;
import org.apache.maven.plugin.logging.Log;

/**
 * Forwards core's progress lines to Maven's log, so that core never sees a Maven type.
 *
 * <pre>{@code
 * Migrations.configure().listener(new MavenLogListener(getLog()))…
 * }</pre>
 */
final class MavenLogListener implements MigrationListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}

package dev.migrations.spring.boot;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The engine's progress lines in the application's log, under {@code dev.migrations}. */
final class LoggingListener implements MigrationListener {

    private static final Log LOG = LogFactory.getLog(Migrations.class);

    @Override
    public void info(String line) {
        LOG.info(line);
    }

    @Override
    public void warn(String line) {
        LOG.warn(line);
    }

    @Override
    public void debug(String line) {
        LOG.debug(line);
    }
}

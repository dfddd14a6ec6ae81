package dev.migrations.core.api;

import java.util.List;

/**
 * What {@link Migrations#start()} did.
 *
 * <pre>{@code
 * StartResult started = migrations.start();
 * if (started.mode() == Mode.PRODUCTION) {
 *     log.info("at " + started.upgrade().headsAfter());
 * }
 * }</pre>
 *
 * @param mode        the mode that ran
 * @param upgrade     production: the upgrade; {@code null} in development
 * @param development development: the tables created and seeds loaded; {@code null} in production
 * @param drift       the differences the drift check found after the upgrade (empty when it found none or did
 *                    not run)
 */
public record StartResult(Mode mode, UpgradeResult upgrade, DevelopmentResult development, List<String> drift) {

    public StartResult {
        drift = List.copyOf(drift);
    }
}

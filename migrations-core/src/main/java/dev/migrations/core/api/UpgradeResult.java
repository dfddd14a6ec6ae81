package dev.migrations.core.api;

import java.util.List;

/**
 * What {@link Migrations#upgrade(String)} did.
 *
 * <pre>{@code
 * UpgradeResult result = migrations.upgrade("head");
 * if (result.applied().isEmpty()) log.info("Already at " + result.headsAfter());
 * result.applied().forEach(step -> log.info(step.toString()));
 * }</pre>
 *
 * @param headsBefore the database's heads before (empty: nothing applied)
 * @param headsAfter  the database's heads after
 * @param applied     the revisions applied, in order (empty: already up to date)
 */
public record UpgradeResult(List<String> headsBefore, List<String> headsAfter, List<MigrationStep> applied) {

    public UpgradeResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        applied = List.copyOf(applied);
    }
}

package dev.migrations.core.api;

import java.util.List;

/**
 * What {@link Migrations#upgrade(String)} did.
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

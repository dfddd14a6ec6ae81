package dev.migrations.core.api;

import java.util.List;

/**
 * What {@link Migrations#downgrade(String)} did.
 *
 * <pre>{@code
 * DowngradeResult result = migrations.downgrade("-1");
 * result.reverted().forEach(step -> log.info(step.toString()));   // Running downgrade b -> a, … (3 ms)
 * }</pre>
 *
 * @param headsBefore the database's heads before
 * @param headsAfter  the database's heads after (empty: back at base)
 * @param reverted    the revisions whose downgrade sections ran, in order (newest first)
 */
public record DowngradeResult(List<String> headsBefore, List<String> headsAfter, List<MigrationStep> reverted) {

    public DowngradeResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        reverted = List.copyOf(reverted);
    }
}

package dev.migrations.core.api;

import java.util.List;

/**
 * What {@link Migrations#stamp(String, boolean)} recorded (no migration SQL ran).
 *
 * <pre>{@code
 * StampResult result = migrations.stamp("head", false);
 * log.info("Stamped " + result.headsAfter() + "; re-recorded checksums of " + result.refreshed());
 * }</pre>
 *
 * @param headsBefore the database's heads before
 * @param headsAfter  the database's heads after
 * @param added       revisions now recorded as applied
 * @param removed     revisions no longer recorded as applied
 * @param refreshed   revisions that stay applied and whose checksum was recorded again
 * @param purged      whether the table was cleared first
 */
public record StampResult(List<String> headsBefore, List<String> headsAfter, List<String> added,
                          List<String> removed, List<String> refreshed, boolean purged) {

    public StampResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        refreshed = List.copyOf(refreshed);
    }
}

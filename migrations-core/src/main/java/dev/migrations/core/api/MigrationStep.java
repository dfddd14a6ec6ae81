package dev.migrations.core.api;

import java.util.List;

/**
 * One revision applied or reverted; {@link #toString()} is the Alembic-style log line.
 *
 * <pre>{@code
 * for (MigrationStep step : migrations.upgrade("head").applied()) {
 *     log.info(step.toString());    // Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email (12 ms)
 * }
 * }</pre>
 *
 * @param direction upgrade or downgrade
 * @param revision  the revision whose section ran
 * @param parents   its parents (where a downgrade leads to; empty for a base)
 * @param message   its message
 * @param path      its script
 * @param elapsedMs how long its statements took
 */
public record MigrationStep(Direction direction, String revision, List<String> parents, String message,
                           String path, long elapsedMs) {

    /** Which section of a script ran. */
    public enum Direction { UPGRADE, DOWNGRADE }

    public MigrationStep {
        parents = List.copyOf(parents);
    }

    /** {@code Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email (12 ms)} (downgrades point the other way). */
    @Override
    public String toString() {
        String below = parents.isEmpty() ? "<base>" : String.join(", ", parents);
        String text = message == null || message.isBlank() ? "" : ", " + message;
        return direction == Direction.UPGRADE
                ? "Running upgrade " + below + " -> " + revision + text + " (" + elapsedMs + " ms)"
                : "Running downgrade " + revision + " -> " + below + text + " (" + elapsedMs + " ms)";
    }
}

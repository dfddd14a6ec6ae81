package dev.migrations.core.history;

/**
 * One row of the version table: a revision recorded as applied.
 *
 * @param id          the revision id
 * @param message     its message when applied
 * @param checksum    its script's checksum when applied (see {@code ScriptChecksum})
 * @param appliedAt   when, as stored (UTC, {@code yyyy-MM-dd HH:mm:ss.SSS})
 * @param appliedBy   who (the configured name, by default the operating-system user)
 * @param executionMs how long its statements took; 0 for a stamp
 */
public record AppliedRevision(String id, String message, String checksum, String appliedAt, String appliedBy,
                              long executionMs) {
}

package dev.migrations.core.script;

import java.util.List;

/**
 * One parsed revision file.
 *
 * @param id            the revision id
 * @param parents       the ids it revises (empty for a base)
 * @param createDate    the create date as written (may be empty)
 * @param message       the message (may be empty)
 * @param transactional {@code false} when the header carries {@code -- migrate:no-transaction}
 * @param location      the file's path or classpath location, as shown in messages
 * @param fileName      the file's name
 * @param upgrade       the upgrade section
 * @param downgrade     the downgrade section
 * @param checksum      SHA-256 of the file's text with line endings normalised (see {@link ScriptChecksum})
 * @param revisesLine   the line of the {@code Revises:} header, for messages about parents
 * @param upgradeGuards   the {@code -- migrate:upgrade-guards} section, {@link Section#NONE} when the file has none
 * @param downgradeGuards the {@code -- migrate:downgrade-guards} section, {@link Section#NONE} when the file has none
 */
public record RevisionScript(String id, List<String> parents, String createDate, String message,
                             boolean transactional, String location, String fileName, Section upgrade,
                             Section downgrade, String checksum, int revisesLine, Section upgradeGuards,
                             Section downgradeGuards) {

    public RevisionScript {
        parents = List.copyOf(parents);
        upgradeGuards = upgradeGuards == null ? Section.NONE : upgradeGuards;
        downgradeGuards = downgradeGuards == null ? Section.NONE : downgradeGuards;
    }

    /** A revision without guard sections. */
    public RevisionScript(String id, List<String> parents, String createDate, String message, boolean transactional,
                          String location, String fileName, Section upgrade, Section downgrade, String checksum,
                          int revisesLine) {
        this(id, parents, createDate, message, transactional, location, fileName, upgrade, downgrade, checksum,
                revisesLine, Section.NONE, Section.NONE);
    }
}

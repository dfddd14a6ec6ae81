package dev.migrations.core.api;

/**
 * What {@link Migrations#revision(RevisionRequest)} should write. Without bodies the script's sections are empty,
 * to be filled by hand; a caller that generates SQL passes the upgrade and downgrade bodies.
 *
 * <pre>{@code
 * migrations.revision(RevisionRequest.of("add email"));                       // parent: the single head
 * migrations.revision(RevisionRequest.of("start over").withHead("base"));     // a new root
 * migrations.revision(RevisionRequest.of("add email")
 *         .withBodies("ALTER TABLE person ADD COLUMN email TEXT;", "ALTER TABLE person DROP COLUMN email;"));
 * }</pre>
 *
 * @param message       the message (becomes the file name's slug); may be empty
 * @param revId         an explicit revision id, or {@code null} for a random one
 * @param head          the parent: {@code head} (default), {@code base}, or a revision id or unique prefix
 * @param upgradeSql    the upgrade section's body, empty for none
 * @param downgradeSql  the downgrade section's body, empty for none
 * @param noTransaction write the no-transaction marker (the revision then runs statement by statement)
 */
public record RevisionRequest(String message, String revId, String head, String upgradeSql, String downgradeSql,
                              boolean noTransaction) {

    public RevisionRequest {
        message = message == null ? "" : message;
        head = head == null || head.isBlank() ? "head" : head.trim();
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
    }

    /** A request for an empty script on top of the single head. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, "head", "", "", false);
    }

    public RevisionRequest withRevId(String id) {
        return new RevisionRequest(message, id, head, upgradeSql, downgradeSql, noTransaction);
    }

    public RevisionRequest withHead(String parent) {
        return new RevisionRequest(message, revId, parent, upgradeSql, downgradeSql, noTransaction);
    }

    public RevisionRequest withBodies(String upgrade, String downgrade) {
        return new RevisionRequest(message, revId, head, upgrade, downgrade, noTransaction);
    }

    public RevisionRequest withNoTransaction(boolean value) {
        return new RevisionRequest(message, revId, head, upgradeSql, downgradeSql, value);
    }
}

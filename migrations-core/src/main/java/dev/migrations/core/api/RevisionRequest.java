package dev.migrations.core.api;

import java.util.List;

/**
 * What {@link Migrations#revision(RevisionRequest)} should write. Without bodies the script's sections are empty,
 * to be filled by hand; a caller that generates SQL passes the upgrade and downgrade bodies.
 *
 * <pre>{@code
 * migrations.revision(RevisionRequest.of("add email"));                       // parent: the single head
 * migrations.revision(RevisionRequest.of("start over").withHead("base"));     // a new root
 * migrations.revision(RevisionRequest.of("add email")
 *         .withBodies("ALTER TABLE person ADD COLUMN email TEXT;", "ALTER TABLE person DROP COLUMN email;"));
 * migrations.revision(RevisionRequest.of("add phone")                        // autogenerate: diff model and database
 *         .withAutogenerate(ModelSource.file(Path.of("target/classes/META-INF/migrations/model.json"))));
 * }</pre>
 *
 * @param message       the message (becomes the file name's slug); may be empty
 * @param revId         an explicit revision id, or {@code null} for a random one
 * @param head          the parent: {@code head} (default), {@code base}, or a revision id or unique prefix
 * @param upgradeSql    the upgrade section's body, empty for none
 * @param downgradeSql  the downgrade section's body, empty for none
 * @param noTransaction write the no-transaction marker (the revision then runs statement by statement)
 * @param model         where to read the entity model for autogenerate, or {@code null} for no autogenerate; the
 *                      bodies are then generated from the difference between the model and the database
 * @param exclude       table-name patterns autogenerate leaves alone: Java regular expressions matched against
 *                      the whole name without regard to case ({@code legacy_.*})
 */
public record RevisionRequest(String message, String revId, String head, String upgradeSql, String downgradeSql,
                              boolean noTransaction, ModelSource model, List<String> exclude) {

    public RevisionRequest {
        message = message == null ? "" : message;
        head = head == null || head.isBlank() ? "head" : head.trim();
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Whether the bodies are to be generated from the model and the database. */
    public boolean autogenerate() {
        return model != null;
    }

    /** A request for an empty script on top of the single head. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, "head", "", "", false, null, List.of());
    }

    public RevisionRequest withRevId(String id) {
        return new RevisionRequest(message, id, head, upgradeSql, downgradeSql, noTransaction, model, exclude);
    }

    public RevisionRequest withHead(String parent) {
        return new RevisionRequest(message, revId, parent, upgradeSql, downgradeSql, noTransaction, model, exclude);
    }

    public RevisionRequest withBodies(String upgrade, String downgrade) {
        return new RevisionRequest(message, revId, head, upgrade, downgrade, noTransaction, model, exclude);
    }

    public RevisionRequest withNoTransaction(boolean value) {
        return new RevisionRequest(message, revId, head, upgradeSql, downgradeSql, value, model, exclude);
    }

    /**
     * Generates the bodies from the difference between the model read from {@code source} and the database; the
     * parent is the database's current head, which must be the scripts' single head.
     */
    public RevisionRequest withAutogenerate(ModelSource source) {
        return new RevisionRequest(message, revId, head, upgradeSql, downgradeSql, noTransaction, source, exclude);
    }

    /** Tables autogenerate leaves alone: regular expressions on the whole table name ({@code legacy_.*}). */
    public RevisionRequest withExclude(List<String> patterns) {
        return new RevisionRequest(message, revId, head, upgradeSql, downgradeSql, noTransaction, model, patterns);
    }
}

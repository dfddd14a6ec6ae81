package dev.migrations.core.history;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.IntegrityException;
import dev.migrations.core.script.RevisionGraph;
import dev.migrations.core.script.RevisionScript;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to run when an applied revision's script disappeared or changed since it was applied: what ran on the
 * database would no longer be what the scripts say.
 */
public final class IntegrityCheck {

    private IntegrityCheck() {
    }

    /**
     * @param applied      the version table's rows
     * @param graph        the scripts
     * @param scriptSource the script location, for messages
     * @param appliedHeads the database's current heads, for the stamp command in messages
     * @throws IntegrityException listing every missing or changed script and the way out
     */
    public static void verify(List<AppliedRevision> applied, RevisionGraph graph, String scriptSource,
                              List<String> appliedHeads) {
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (AppliedRevision row : applied) {
            if (!graph.contains(row.id())) {
                missing.add(row.id() + " (" + row.message() + ")");
                continue;
            }
            RevisionScript script = graph.script(row.id());
            if (!script.checksum().equals(row.checksum())) {
                changed.add(script.location() + " (revision " + row.id() + ")");
            }
        }
        String heads = appliedHeads.isEmpty() ? "<revision>" : String.join(",", appliedHeads);
        if (!missing.isEmpty()) {
            throw new IntegrityException("INTEGRITY-001", "Applied revision(s) " + String.join(", ", missing)
                    + " have no script in " + scriptSource + ". Restore the file(s) from version control; or, if "
                    + "the database no longer holds those changes, record its real state with "
                    + Advice.command("stamp", "target=<revision>", "purge=true") + ".");
        }
        if (!changed.isEmpty()) {
            throw new IntegrityException("INTEGRITY-002", "Applied script(s) changed since they were applied: "
                    + String.join(", ", changed) + ". Restore them as they were applied (undo the edit); or, if "
                    + "the database already matches the edited scripts, record their new checksums with "
                    + Advice.command("stamp", "target=" + heads) + ".");
        }
    }
}

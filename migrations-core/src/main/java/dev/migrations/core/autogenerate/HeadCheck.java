package dev.migrations.core.autogenerate;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.history.AppliedRevision;
import dev.migrations.core.history.IntegrityCheck;
import dev.migrations.core.script.RevisionGraph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Autogenerate compares the model with the database, so the database must hold every revision: otherwise the new
 * script would repeat what an unapplied revision already does, or be written on top of a revision the database
 * never saw.
 *
 * <pre>{@code
 * List<String> parent = HeadCheck.requireAtHead(graph, versionTable.read(connection), "db/migrations");
 * }</pre>
 */
public final class HeadCheck {

    private HeadCheck() {
    }

    /**
     * Returns the parent of the new revision: the single head (empty when there are no revisions yet).
     *
     * @throws AutogenerateException {@code AUTOGEN-003} for several heads, {@code AUTOGEN-004} when revisions are
     *                               not applied
     * @throws dev.migrations.core.api.IntegrityException when applied scripts are missing or changed
     */
    public static List<String> requireAtHead(RevisionGraph graph, List<AppliedRevision> rows, String scriptSource) {
        List<String> appliedIds = rows.stream().map(AppliedRevision::id).toList();
        IntegrityCheck.verify(rows, graph, scriptSource, graph.headsOf(appliedIds));
        List<String> heads = requireSingleHead(graph);
        Set<String> missing = new HashSet<>(graph.ids());
        missing.removeAll(appliedIds);
        if (!missing.isEmpty()) {
            List<String> current = graph.headsOf(appliedIds);
            throw new AutogenerateException("AUTOGEN-004", "The database is not at the head revision: it is at "
                    + (current.isEmpty() ? "base (no revision applied)" : String.join(", ", current))
                    + ", the scripts' head is " + heads.get(0) + ", and " + missing.size() + " revision(s) are not "
                    + "applied (" + String.join(", ", graph.inOrder(missing)) + "). Comparing now would repeat "
                    + "their changes. Run " + Advice.command("upgrade") + " first, then autogenerate again.");
        }
        return heads;
    }

    /**
     * The scripts' single head (empty when there are no revisions yet), what a comparison with the scripts replays up
     * to and a new revision follows.
     *
     * @throws AutogenerateException {@code AUTOGEN-003} for several heads
     */
    public static List<String> requireSingleHead(RevisionGraph graph) {
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new AutogenerateException("AUTOGEN-003", "The scripts have several heads ("
                    + String.join(", ", heads) + "), so a new revision has no single parent. Merge them first "
                    + "(" + Advice.command("merge") + "), apply the merge (" + Advice.command("upgrade")
                    + "), then autogenerate again.");
        }
        return heads;
    }
}

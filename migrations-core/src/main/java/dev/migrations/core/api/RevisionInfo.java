package dev.migrations.core.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One revision script as the graph knows it.
 *
 * <pre>{@code
 * for (RevisionInfo r : migrations.history(null)) {
 *     System.out.println(r);            // "1a2b3c4d5e6f -> 9f8e7d6c5b4a (head), add email"
 * }
 * System.out.println(migrations.show("9f8e").describe());   // full header and path
 * }</pre>
 *
 * @param id            the revision id
 * @param parents       the revisions it revises; empty for a base, several for a merge
 * @param children      the revisions that name it as a parent
 * @param message       the message from the header (may be empty)
 * @param createDate    the create date as written in the header (may be empty)
 * @param path          where the script lives (a file path, or a classpath location)
 * @param flags         head, branch point, merge point, current
 * @param transactional {@code false} when the script carries the no-transaction marker
 */
public record RevisionInfo(String id, List<String> parents, List<String> children, String message,
                           String createDate, String path, Set<RevisionFlag> flags, boolean transactional) {

    public RevisionInfo {
        parents = List.copyOf(parents);
        children = List.copyOf(children);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean isHead() {
        return flags.contains(RevisionFlag.HEAD);
    }

    public boolean isCurrent() {
        return flags.contains(RevisionFlag.CURRENT);
    }

    public boolean isBranchPoint() {
        return flags.contains(RevisionFlag.BRANCHPOINT);
    }

    public boolean isMergePoint() {
        return flags.contains(RevisionFlag.MERGEPOINT);
    }

    /** The same revision with the given flags. */
    public RevisionInfo withFlags(Set<RevisionFlag> newFlags) {
        return new RevisionInfo(id, parents, children, message, createDate, path, newFlags, transactional);
    }

    /**
     * The one-line form, Alembic style: {@code <base> -> 1a2b3c4d5e6f (head) (current), add email}; a merge
     * lists its parents ({@code aaaa, bbbb -> cccc (mergepoint), merge}).
     */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        line.append(parents.isEmpty() ? "<base>" : String.join(", ", parents)).append(" -> ").append(id);
        for (RevisionFlag flag : RevisionFlag.values()) {
            if (flags.contains(flag)) {
                line.append(" (").append(flag.name().toLowerCase(java.util.Locale.ROOT)).append(')');
            }
        }
        return line.append(", ").append(message).toString();
    }

    /** The verbose, multi-line form: every header field, the children and the path. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Rev: ").append(id);
        for (RevisionFlag flag : RevisionFlag.values()) {
            if (flags.contains(flag)) {
                text.append(" (").append(flag.name().toLowerCase(java.util.Locale.ROOT)).append(')');
            }
        }
        text.append('\n');
        text.append(parents.size() > 1 ? "Merges: " : "Parent: ")
                .append(parents.isEmpty() ? "<base>" : String.join(", ", parents)).append('\n');
        if (!children.isEmpty()) {
            text.append(children.size() > 1 ? "Branches into: " : "Child: ")
                    .append(String.join(", ", children)).append('\n');
        }
        if (!transactional) {
            text.append("Transaction: none (no-transaction marker)\n");
        }
        text.append("Path: ").append(path).append('\n');
        text.append("Create Date: ").append(createDate).append('\n');
        text.append('\n').append("    ").append(message);
        return text.toString();
    }
}

package dev.migrations.maven;

import dev.migrations.core.api.RevisionFlag;
import dev.migrations.core.api.RevisionInfo;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * How the goals print revisions: Alembic's one-line form, or the verbose block ({@code -Dmigrations.verbose}).
 *
 * <pre>{@code
 * RevisionLines.print(answer, migrations.heads(), verbose);
 * RevisionLines.ids(List.of("1a2b3c4d5e6f"));   // "1a2b3c4d5e6f"; an empty list is "<base>"
 * }</pre>
 */
final class RevisionLines {

    private RevisionLines() {
    }

    /** One line each ({@code <base> -> 1a2b3c4d5e6f (head), add email}), or verbose blocks between blank lines. */
    static void print(Answer answer, List<RevisionInfo> revisions, boolean verbose) {
        for (int i = 0; i < revisions.size(); i++) {
            RevisionInfo revision = revisions.get(i);
            if (!verbose) {
                answer.line(revision.toString());
                continue;
            }
            if (i > 0) {
                answer.line("");
            }
            revision.describe().lines().forEach(answer::line);
        }
    }

    /** {@code 1a2b3c4d5e6f (head), add email}: the id, its graph flags and its message. */
    static String brief(RevisionInfo revision) {
        StringBuilder line = new StringBuilder(revision.id());
        for (RevisionFlag flag : RevisionFlag.values()) {
            if (flag != RevisionFlag.CURRENT && revision.flags().contains(flag)) {
                line.append(" (").append(flag.name().toLowerCase(Locale.ROOT)).append(')');
            }
        }
        return revision.message().isEmpty() ? line.toString() : line.append(", ").append(revision.message()).toString();
    }

    /** Revision ids joined with ", "; none is {@code <base>}. */
    static String ids(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

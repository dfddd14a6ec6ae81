package dev.migrations.core.api;

import java.util.List;

/**
 * The database's current state, as {@link Migrations#current()} read it (without creating anything).
 *
 * <pre>{@code
 * CurrentResult current = migrations.current();
 * if (!current.versionTableExists()) log.info("No version table: nothing applied yet");
 * current.heads().forEach(r -> log.info(verbose ? r.describe() : r.toString()));
 * }</pre>
 *
 * @param versionTableExists {@code false} when the database has no version table yet (nothing ever applied)
 * @param heads              the applied revisions that no other applied revision descends from
 * @param unknown            applied revision ids that no script in the script location defines
 */
public record CurrentResult(boolean versionTableExists, List<RevisionInfo> heads, List<String> unknown) {

    public CurrentResult {
        heads = List.copyOf(heads);
        unknown = List.copyOf(unknown);
    }
}

package dev.migrations.core.api;

import java.nio.file.Path;

/**
 * The script {@link Migrations#revision} or {@link Migrations#merge} wrote.
 *
 * <pre>{@code
 * RevisionResult written = migrations.revision(RevisionRequest.of("add email"));
 * log.info("Generating " + written.path() + " ... done");
 * }</pre>
 *
 * @param path     the file written
 * @param revision the new revision as the graph now knows it
 */
public record RevisionResult(Path path, RevisionInfo revision) {
}

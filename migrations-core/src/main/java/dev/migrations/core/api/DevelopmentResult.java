package dev.migrations.core.api;

import java.util.List;

/**
 * What {@link Migrations#createAll()} did to a development database.
 *
 * <pre>{@code
 * DevelopmentResult result = migrations.createAll();
 * log.info("created " + result.createdTables() + ", seeded " + result.seedsRun());
 * }</pre>
 *
 * @param createdTables    the model's tables that were missing and were created, in creation order
 * @param createdSequences the sequences that were missing and were created
 * @param differences      differences between the model and tables the database already had, left as they are
 *                         ({@code added column 'students.phone'}): a development database is never altered
 * @param seedsRun         the seed scripts run now, in name order
 * @param seedsSkipped     the seed scripts that had run before and were not run again
 */
public record DevelopmentResult(List<String> createdTables, List<String> createdSequences, List<String> differences,
                                List<String> seedsRun, List<String> seedsSkipped) {

    public DevelopmentResult {
        createdTables = List.copyOf(createdTables);
        createdSequences = List.copyOf(createdSequences);
        differences = List.copyOf(differences);
        seedsRun = List.copyOf(seedsRun);
        seedsSkipped = List.copyOf(seedsSkipped);
    }
}

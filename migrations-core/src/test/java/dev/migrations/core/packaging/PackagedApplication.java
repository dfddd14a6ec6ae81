package dev.migrations.core.packaging;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.api.StartResult;

/**
 * An application's start-up, packaged by {@link PackagedScriptsTest} in a jar of its own: prepares the database at
 * {@code args[0]} in the mode {@code APP_DEBUG} picks, from the scripts, model and seeds on its class path, and prints
 * one {@code RESULT} line.
 */
public final class PackagedApplication {

    private PackagedApplication() {
    }

    public static void main(String[] args) {
        try {
            StartResult started = Migrations.configure().url(args[0]).classpathLocation("db/migrations")
                    .listener(new MigrationListener() {
                        @Override
                        public void info(String line) {
                            System.out.println(line);
                        }
                    }).load().start();
            System.out.println(describe(started));
        } catch (MigrationsException e) {
            System.out.println("FAILED " + e.getMessage());
            System.exit(1);
        }
    }

    /** {@code RESULT PRODUCTION applied=[…]} or {@code RESULT DEVELOPMENT tables=[…] seeds=[…]}. */
    static String describe(StartResult started) {
        return switch (started.mode()) {
            case PRODUCTION -> "RESULT PRODUCTION applied=" + started.upgrade().applied().stream()
                    .map(step -> step.revision()).toList();
            case DEVELOPMENT -> "RESULT DEVELOPMENT tables=" + started.development().createdTables() + " seeds="
                    + started.development().seedsRun();
        };
    }
}

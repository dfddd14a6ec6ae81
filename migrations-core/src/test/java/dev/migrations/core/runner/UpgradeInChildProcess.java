package dev.migrations.core.runner;

import dev.migrations.core.api.Migrations;

import java.nio.file.Path;

/** Runs {@code upgrade head} in a separate JVM, so a test can kill it mid-revision. Arguments: URL, script folder. */
public final class UpgradeInChildProcess {

    private UpgradeInChildProcess() {
    }

    public static void main(String[] args) {
        Migrations.configure().url(args[0]).scriptLocation(Path.of(args[1])).load().upgrade("head");
    }
}

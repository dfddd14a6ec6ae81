package dev.migrations.core.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a linear chain of revision scripts, in the format the revision command writes. */
final class RevisionFiles {

    private final Path folder;
    private String parent = "";
    private int count;

    RevisionFiles(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** The id of the n-th revision (from 1): twelve hex digits. */
    static String id(int n) {
        return String.format("a%011x", n);
    }

    /** Adds the next revision on top of the previous one; returns its id. */
    String add(String message, String upgrade, String downgrade) throws IOException {
        String id = id(++count);
        Files.writeString(folder.resolve(id + "_" + message.replaceAll("[^a-z0-9]+", "_") + ".sql"),
                "-- Revision ID: " + id + "\n"
                        + "-- Revises: " + parent + "\n"
                        + "-- Create Date: 2026-01-01 00:00:00 UTC\n"
                        + "-- Message: " + message + "\n\n"
                        + "-- migrate:upgrade\n" + upgrade.strip() + "\n\n"
                        + "-- migrate:downgrade\n" + downgrade.strip() + "\n");
        parent = id;
        return id;
    }

    Path folder() {
        return folder;
    }

    int count() {
        return count;
    }
}

package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The start-up benchmark's revisions: a chain of {@code count} revisions, each creating one table of eight
 * columns (a {@code BIGINT} key, two {@code VARCHAR}s, an {@code INTEGER} and a {@code BOOLEAN} with defaults, a
 * {@code DECIMAL}, a {@code DATE} and a {@code TIMESTAMP}) and an index on one of them. The same two statements
 * are written three ways: as the project's revision files ({@code <id>_create_bench_0001.sql}, in a folder or
 * inside a jar under {@code db/migrations/}), as Flyway's versioned files ({@code V1__create_bench_0001.sql}),
 * and as the statement lists the raw JDBC side runs. The SQL is the same on SQLite, PostgreSQL and MariaDB.
 *
 * <pre>{@code
 * List<StartupWorkload.Revision> revisions = StartupWorkload.revisions(500);
 * StartupWorkload.writeJar(revisions, dir.resolve("scripts.jar"));
 * StartupWorkload.writeFlyway(revisions, dir.resolve("flyway"));
 * }</pre>
 */
final class StartupWorkload {

    /** The classpath folder Flyway's scripts are packaged in (Flyway's own default, {@code db/migration}). */
    static final String FLYWAY_CLASSPATH_FOLDER = "db/migration";

    /** The classpath folder the project's scripts are packaged in. */
    static final String CLASSPATH_FOLDER = "db/migrations";
    /** The prefix of every table the workload creates. */
    static final String TABLE_PREFIX = "bench_";

    private StartupWorkload() {
    }

    /**
     * One revision.
     *
     * @param number     1-based position in the chain (Flyway's version)
     * @param id         the project's revision id: 12 lowercase hex characters
     * @param parent     the previous revision's id, or {@code null} for the first
     * @param table      the table it creates
     * @param statements the upgrade statements, without the final semicolons
     */
    record Revision(int number, String id, String parent, String table, List<String> statements) {

        /** The project's revision file. */
        String oursText() {
            StringBuilder text = new StringBuilder();
            text.append("-- Revision ID: ").append(id).append('\n');
            text.append("-- Revises:").append(parent == null ? "" : " " + parent).append('\n');
            text.append("-- Create Date: 2026-01-01 00:00:00 UTC\n");
            text.append("-- Message: create ").append(table).append("\n\n");
            text.append("-- migrate:upgrade\n");
            for (String statement : statements) {
                text.append(statement).append(";\n\n");
            }
            text.append("-- migrate:downgrade\n");
            text.append("DROP TABLE ").append(table).append(";\n");
            return text.toString();
        }

        String oursFileName() {
            return id + "_create_" + table + ".sql";
        }

        /** Flyway's versioned migration: the same statements. */
        String flywayText() {
            StringBuilder text = new StringBuilder();
            for (String statement : statements) {
                text.append(statement).append(";\n\n");
            }
            return text.toString();
        }

        String flywayFileName() {
            return "V" + number + "__create_" + table + ".sql";
        }
    }

    /** The chain of {@code count} revisions; the same count always gives the same revisions. */
    static List<Revision> revisions(int count) {
        List<Revision> revisions = new ArrayList<>(count);
        Set<String> ids = new HashSet<>();
        String parent = null;
        for (int n = 1; n <= count; n++) {
            String id = id(n);
            if (!ids.add(id)) {
                throw new IllegalStateException("two revisions got the id " + id);
            }
            String table = String.format(Locale.ROOT, "%s%04d", TABLE_PREFIX, n);
            List<String> statements = List.of(
                    "CREATE TABLE " + table + " (\n"
                            + "    id BIGINT NOT NULL PRIMARY KEY,\n"
                            + "    name VARCHAR(100) NOT NULL,\n"
                            + "    code VARCHAR(20),\n"
                            + "    quantity INTEGER NOT NULL DEFAULT 0,\n"
                            + "    price DECIMAL(12,2),\n"
                            + "    active BOOLEAN NOT NULL DEFAULT TRUE,\n"
                            + "    created_on DATE,\n"
                            + "    updated_at TIMESTAMP NULL\n"
                            + ")",
                    "CREATE INDEX ix_" + table + "_name ON " + table + " (name)");
            revisions.add(new Revision(n, id, parent, table, statements));
            parent = id;
        }
        return List.copyOf(revisions);
    }

    /** A fixed, well-spread 48-bit id per position (a bijective mix of the number, its top 48 bits). */
    private static String id(int n) {
        long mixed = (n + 1L) * 0x9E3779B97F4A7C15L;
        mixed ^= mixed >>> 29;
        mixed *= 0xBF58476D1CE4E5B9L;
        return String.format(Locale.ROOT, "%012x", mixed >>> 16);
    }

    /** Writes the project's files into {@code folder}. */
    static void writeOurs(List<Revision> revisions, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Revision r : revisions) {
            Files.writeString(folder.resolve(r.oursFileName()), r.oursText(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes the project's files into a jar under {@value #CLASSPATH_FOLDER}/, with directory entries, as the
     * Maven jar plugin packages an application's resources.
     */
    static void writeJar(List<Revision> revisions, Path jar) throws IOException {
        writeJar(jar, CLASSPATH_FOLDER, revisions.stream().map(r -> new String[] {r.oursFileName(), r.oursText()})
                .toList());
    }

    /** Writes Flyway's files into a jar under {@value #FLYWAY_CLASSPATH_FOLDER}/, packaged the same way. */
    static void writeFlywayJar(List<Revision> revisions, Path jar) throws IOException {
        writeJar(jar, FLYWAY_CLASSPATH_FOLDER, revisions.stream()
                .map(r -> new String[] {r.flywayFileName(), r.flywayText()}).toList());
    }

    private static void writeJar(Path jar, String folder, List<String[]> files) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry(folder + "/"));
            out.closeEntry();
            for (String[] nameAndText : files) {
                out.putNextEntry(new JarEntry(folder + "/" + nameAndText[0]));
                out.write(nameAndText[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** Writes Flyway's files into {@code folder}. */
    static void writeFlyway(List<Revision> revisions, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Revision r : revisions) {
            Files.writeString(folder.resolve(r.flywayFileName()), r.flywayText(), StandardCharsets.UTF_8);
        }
    }
}

package dev.migrations.core.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.Mode;
import dev.migrations.core.api.StartResult;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ModelJson;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up reads its scripts, model and seed scripts from the class path wherever the application is packaged:
 * an exploded directory, a plain jar (with and without directory entries) and a Spring Boot executable jar, whose
 * classes and libraries are jars nested in the jar and reached through the launcher's own URLs.
 */
class PackagedScriptsTest {

    private static final String REVISION = """
            -- Revision ID: aaaa00000001
            -- Revises:
            -- Create Date: 2026-01-05 09:00:00 UTC
            -- Message: create notes

            -- migrate:upgrade
            CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100) NOT NULL);

            -- migrate:downgrade
            DROP TABLE notes;
            """;

    @TempDir
    Path dir;

    /** The application's resources: one revision, one seed script, the entity model. */
    private static Map<String, byte[]> resources() {
        Table notes = new Table(null, "notes", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null).withIdentity(true),
                Column.of("body", ColumnType.varchar(100), false, null)), PrimaryKey.of("id"), List.of(), List.of(),
                List.of(), List.of(), null);
        Map<String, byte[]> files = new TreeMap<>();
        files.put("db/migrations/aaaa00000001_create_notes.sql", REVISION.getBytes(StandardCharsets.UTF_8));
        files.put("db/seed/001_notes.sql", "INSERT INTO notes (id, body) VALUES (1, 'first');\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("META-INF/migrations/model.json", ModelJson.write(new Schema(List.of(notes), List.of(), List.of()))
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void anExplodedDirectory() throws Exception {
        Path classes = dir.resolve("classes");
        for (Map.Entry<String, byte[]> file : resources().entrySet()) {
            Files.createDirectories(classes.resolve(file.getKey()).getParent());
            Files.write(classes.resolve(file.getKey()), file.getValue());
        }
        startBothWays(classes);
    }

    @Test
    void aPlainJar() throws Exception {
        Path jar = dir.resolve("app.jar");
        writeJar(jar, resources(), true, null);
        startBothWays(jar);
    }

    @Test
    void aPlainJarWithoutDirectoryEntries() throws Exception {
        Path jar = dir.resolve("app.jar");
        writeJar(jar, resources(), false, null);
        startBothWays(jar);
    }

    @Test
    void aSpringBootExecutableJar() throws Exception {
        Path jar = springBootJar();

        List<String> development = javaJar(jar, "true", dir.resolve("dev.db"));
        assertTrue(development.contains("RESULT DEVELOPMENT tables=[notes] seeds=[001_notes.sql]"),
                String.join("\n", development));
        assertEquals(1, count(dir.resolve("dev.db"), "notes"));

        List<String> production = javaJar(jar, "false", dir.resolve("prod.db"));
        assertTrue(production.contains("RESULT PRODUCTION applied=[aaaa00000001]"), String.join("\n", production));
        assertEquals(0, count(dir.resolve("prod.db"), "notes"));
        List<String> again = javaJar(jar, "false", dir.resolve("prod.db"));
        assertTrue(again.contains("RESULT PRODUCTION applied=[]"), String.join("\n", again));
    }

    /** Development then production, each on a fresh SQLite file, with the resources under {@code root}. */
    private void startBothWays(Path root) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            StartResult development = configure(loader, dir.resolve("dev.db")).mode(Mode.DEVELOPMENT).load().start();
            assertEquals("RESULT DEVELOPMENT tables=[notes] seeds=[001_notes.sql]",
                    PackagedApplication.describe(development));
            assertEquals(1, count(dir.resolve("dev.db"), "notes"));

            StartResult production = configure(loader, dir.resolve("prod.db")).mode(Mode.PRODUCTION).load().start();
            assertEquals("RESULT PRODUCTION applied=[aaaa00000001]", PackagedApplication.describe(production));
            assertEquals(0, count(dir.resolve("prod.db"), "notes"));
        }
    }

    private static MigrationsBuilder configure(ClassLoader loader, Path database) {
        return Migrations.configure().url("jdbc:sqlite:" + database).classpathLocation("db/migrations")
                .classLoader(loader);
    }

    /**
     * An executable jar in Spring Boot's layout: the launcher's classes at the root, the application's classes and
     * resources under {@code BOOT-INF/classes/}, its libraries stored (not compressed) under {@code BOOT-INF/lib/}.
     */
    private Path springBootJar() throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (JarFile loader = new JarFile(codeSource(org.springframework.boot.loader.launch.JarLauncher.class)
                .toFile())) {
            for (JarEntry entry : java.util.Collections.list(loader.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith("org/")) {
                    try (InputStream in = loader.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        resources().forEach((name, bytes) -> entries.put("BOOT-INF/classes/" + name, bytes));
        Path testClasses = codeSource(PackagedApplication.class);
        try (Stream<Path> files = Files.list(testClasses.resolve("dev/migrations/core/packaging"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("PackagedApplication"))
                    .toList()) {
                entries.put("BOOT-INF/classes/dev/migrations/core/packaging/" + file.getFileName(),
                        Files.readAllBytes(file));
            }
        }
        Map<String, byte[]> libraries = new TreeMap<>();
        libraries.put("BOOT-INF/lib/migrations-core.jar", jarOf(codeSource(Migrations.class)));
        libraries.put("BOOT-INF/lib/migrations-model.jar", jarOf(codeSource(ModelJson.class)));
        libraries.put("BOOT-INF/lib/sqlite-jdbc.jar", jarOf(codeSource(org.sqlite.JDBC.class)));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS,
                "org.springframework.boot.loader.launch.JarLauncher");
        manifest.getMainAttributes().putValue("Start-Class", PackagedApplication.class.getName());
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        Path jar = dir.resolve("boot-app.jar");
        writeJar(jar, entries, true, manifest, libraries);
        return jar;
    }

    private List<String> javaJar(Path jar, String appDebug, Path database) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "jdbc:sqlite:" + database)
                .redirectErrorStream(true);
        builder.environment().put("APP_DEBUG", appDebug);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }

    private static Path codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The jar's bytes; a classes directory (a module built in the same reactor) is packed first. */
    private static byte[] jarOf(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            return Files.readAllBytes(location);
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeJar(bytes, entries, true, null, Map.of());
        return bytes.toByteArray();
    }

    private static void writeJar(Path jar, Map<String, byte[]> entries, boolean directories, Manifest manifest)
            throws IOException {
        writeJar(jar, entries, directories, manifest, Map.of());
    }

    private static void writeJar(Path jar, Map<String, byte[]> entries, boolean directories, Manifest manifest,
                                 Map<String, byte[]> stored) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar)) {
            writeJar(out, entries, directories, manifest, stored);
        }
    }

    /** Entries deflated, {@code stored} ones uncompressed (as nested jars must be); directories first if asked. */
    private static void writeJar(OutputStream target, Map<String, byte[]> entries, boolean directories,
                                 Manifest manifest, Map<String, byte[]> stored) throws IOException {
        try (JarOutputStream out = manifest == null ? new JarOutputStream(target)
                : new JarOutputStream(target, manifest)) {
            TreeSet<String> folders = new TreeSet<>();
            List<String> names = new ArrayList<>(entries.keySet());
            names.addAll(stored.keySet());
            for (String name : names) {
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    folders.add(name.substring(0, slash + 1));
                }
            }
            if (directories) {
                for (String folder : folders) {
                    out.putNextEntry(new JarEntry(folder));
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : stored.entrySet()) {
                JarEntry jarEntry = new JarEntry(entry.getKey());
                jarEntry.setMethod(ZipEntry.STORED);
                jarEntry.setSize(entry.getValue().length);
                jarEntry.setCompressedSize(entry.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(entry.getValue());
                jarEntry.setCrc(crc.getValue());
                out.putNextEntry(jarEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    private static long count(Path database, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}

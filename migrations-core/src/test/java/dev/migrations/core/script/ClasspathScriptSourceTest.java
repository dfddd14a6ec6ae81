package dev.migrations.core.script;

import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClasspathScriptSourceTest {

    @TempDir
    Path dir;

    private static String script(String id, String parent, String table) {
        return ScriptWriter.render(id, parent == null ? List.of() : List.of(parent), Instant.EPOCH, "create " + table,
                true, "CREATE TABLE " + table + " (id INT);", "DROP TABLE " + table + ";");
    }

    @Test
    void scriptsAreReadFromJarsAndFoldersOnTheClasspath() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "db/migrations/", null);
            put(out, "db/migrations/aaaa00000001_create_one.sql", script("aaaa00000001", null, "one"));
            put(out, "db/migrations/nested/ignored.sql", "not a revision");
            put(out, "db/migrations/notes.txt", "ignored");
        }
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/migrations"));
        Files.writeString(classes.resolve("db/migrations/bbbb00000001_create_two.sql"),
                script("bbbb00000001", "aaaa00000001", "two"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), classes.toUri().toURL()},
                null)) {
            ClasspathScriptSource source = new ClasspathScriptSource(loader, "db/migrations");
            assertEquals(List.of("aaaa00000001_create_one.sql", "bbbb00000001_create_two.sql"),
                    source.files().stream().map(ScriptFile::fileName).toList());

            Migrations migrations = Migrations.configure().classpathLocation("/db/migrations/").classLoader(loader)
                    .url("jdbc:sqlite:" + dir.resolve("app.sqlite3")).load();
            assertEquals(List.of("aaaa00000001", "bbbb00000001"),
                    migrations.upgrade(null).applied().stream().map(MigrationStep::revision).toList());
        }
    }

    @Test
    void theSameJarTwiceOnTheClasspathCountsOnce() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "db/migrations/aaaa00000001_create_one.sql", script("aaaa00000001", null, "one"));
        }
        Path copy = Files.copy(jar, dir.resolve("copy.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), copy.toUri().toURL()}, null)) {
            assertEquals(1, new ClasspathScriptSource(loader, "db/migrations").files().size());
        }
    }

    @Test
    void aMissingClasspathFolderHoldsNoScripts() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            assertEquals(List.of(), new ClasspathScriptSource(loader, "db/migrations").files());
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            OutputStream stream = out;
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}

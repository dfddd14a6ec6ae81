package dev.migrations.core.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JarDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aJarWithEntriesInTheFolderMayHoldScriptsAndOneWithoutDoesNot() throws Exception {
        Path scripts = jar("scripts.jar", null, null, "com/example/App.class", "db/migrations/a_one.sql");
        Path library = jar("library.jar", null, null, "org/lib/A.class", "org/lib/B.class", "db/other/x.sql",
                "db/migrationsX/y.sql");
        assertTrue(JarDirectory.mayHoldPrefix(scripts, "db/migrations/"));
        assertFalse(JarDirectory.mayHoldPrefix(library, "db/migrations/"));
        assertTrue(JarDirectory.mayHoldPrefix(library, "org/lib/"));
    }

    @Test
    void aJarWithoutDirectoryEntriesIsReadFromItsFileNames() throws Exception {
        Path scripts = jar("flat.jar", null, null, "db/migrations/a_one.sql");
        assertTrue(JarDirectory.mayHoldPrefix(scripts, "db/migrations/"));
    }

    @Test
    void aLaunchScriptBeforeTheArchiveAndACommentAfterItAreAllowed() throws Exception {
        Path executable = jar("app.jar", "#!/bin/sh\nexec java -jar \"$0\" \"$@\"\n", "built by a test",
                "BOOT-INF/classes/db/migrations/a_one.sql", "org/lib/A.class");
        assertTrue(JarDirectory.mayHoldPrefix(executable, "BOOT-INF/classes/db/migrations/"));
        assertFalse(JarDirectory.mayHoldPrefix(executable, "db/migrations/"));
    }

    @Test
    void whatItCannotReadMayHoldScripts() throws Exception {
        Path notAJar = dir.resolve("broken.jar");
        Files.writeString(notAJar, "not a zip file");
        assertTrue(JarDirectory.mayHoldPrefix(notAJar, "db/migrations/"));
        assertTrue(JarDirectory.mayHoldPrefix(dir.resolve("missing.jar"), "db/migrations/"));
        Path library = jar("library.jar", null, null, "org/lib/A.class");
        assertTrue(JarDirectory.mayHoldPrefix(library, "db/migr\u00e4tions/"));
    }

    private Path jar(String name, String launchScript, String comment, String... entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (launchScript != null) {
            bytes.write(launchScript.getBytes(StandardCharsets.US_ASCII));
        }
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            if (comment != null) {
                out.setComment(comment);
            }
        }
        Path jar = dir.resolve(name);
        Files.write(jar, bytes.toByteArray());
        return jar;
    }
}

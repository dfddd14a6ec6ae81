package dev.migrations.core.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JarScriptsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFolderScriptsStoredAndDeflatedAndNothingElse() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("db/", null);
        entries.put("db/migrations/", null);
        for (int i = 0; i < 40; i++) {
            entries.put("db/migrations/" + i + "_rev.sql", script(i));
        }
        entries.put("db/migrations/empty.sql", new byte[0]);
        entries.put("db/migrations/notes.txt", "not a script".getBytes(StandardCharsets.UTF_8));
        entries.put("db/migrations/old/1_sub.sql", script(99));
        entries.put("com/example/App.class", new byte[] {1, 2, 3});
        Path jar = jar(null, entries, "db/migrations/7_rev.sql", "db/migrations/empty.sql");

        List<ScriptSource.Worked<Integer>> read = JarScripts.read(jar, "db/migrations/", jar.toString(),
                file -> file.bytes().length).orElseThrow();

        assertEquals(41, read.size());
        for (ScriptSource.Worked<Integer> worked : read) {
            byte[] expected = entries.get("db/migrations/" + worked.file().fileName());
            assertArrayEquals(expected, worked.file().bytes(), worked.file().fileName());
            assertEquals(expected.length, worked.result());
            assertEquals("classpath:db/migrations/" + worked.file().fileName() + " (" + jar + ")",
                    worked.file().location());
        }
    }

    @Test
    void aLaunchScriptBeforeTheArchiveMovesEveryOffset() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("BOOT-INF/classes/db/migrations/1_a.sql", script(1));
        entries.put("BOOT-INF/classes/db/migrations/2_b.sql", script(2));
        Path jar = jar("#!/bin/sh\nexec java -jar \"$0\" \"$@\"\n", entries);

        List<ScriptSource.Worked<Object>> read = JarScripts.read(jar, "BOOT-INF/classes/db/migrations/", "app",
                file -> null).orElseThrow();

        assertEquals(List.of("1_a.sql", "2_b.sql"), read.stream().map(w -> w.file().fileName()).toList());
        assertArrayEquals(script(2), read.get(1).file().bytes());
    }

    @Test
    void whatItCannotReadWithCertaintyIsLeftToTheJdk() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("db/migrations/1_a.sql", script(1));
        entries.put("db/migrations/2_b.sql", script(2));
        Path jar = jar(null, entries, "db/migrations/1_a.sql");
        assertTrue(JarScripts.read(jar, "db/migrations/", "x", file -> null).isPresent());

        // a damaged local header: the jar is left to the JDK, which reports the damage itself
        byte[] bytes = Files.readAllBytes(jar);
        byte[] damaged = bytes.clone();
        damaged[0] = 0;
        Files.write(jar, damaged);
        assertEquals(Optional.empty(), JarScripts.read(jar, "db/migrations/", "x", file -> null));

        // content that does not match the directory's CRC-32
        damaged = bytes.clone();
        int at = indexOf(damaged, script(1));
        damaged[at] ^= 1;
        Files.write(jar, damaged);
        assertEquals(Optional.empty(), JarScripts.read(jar, "db/migrations/", "x", file -> null));

        // not a jar at all
        Files.writeString(jar, "not a zip file");
        assertEquals(Optional.empty(), JarScripts.read(jar, "db/migrations/", "x", file -> null));
    }

    @Test
    void scriptsSpreadThroughALargeJarAreLeftToTheJdkAndStillFound() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] filler = new byte[3 << 20];
        new Random(7).nextBytes(filler);
        entries.put("db/migrations/1_a.sql", script(1));
        entries.put("lib/big.bin", filler);
        entries.put("db/migrations/2_b.sql", script(2));
        Path jar = jar(null, entries, "lib/big.bin");
        assertEquals(Optional.empty(), JarScripts.read(jar, "db/migrations/", "x", file -> null));

        List<ScriptFile> files = new ClasspathScriptSource(new java.net.URLClassLoader(
                new java.net.URL[] {jar.toUri().toURL()}, null), "db/migrations").files();
        assertEquals(List.of("1_a.sql", "2_b.sql"), files.stream().map(ScriptFile::fileName).toList());
        assertArrayEquals(script(2), files.get(1).bytes());
    }

    private static byte[] script(int n) {
        StringBuilder text = new StringBuilder("-- Revision ID: r" + n + "\n-- Revises:\n\n-- migrate:upgrade\n");
        for (int i = 0; i <= n % 7; i++) {
            text.append("CREATE TABLE t").append(n).append('_').append(i).append(" (id INTEGER PRIMARY KEY);\n");
        }
        return text.append("\n-- migrate:downgrade\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    /** A jar of the entries (a {@code null} value makes a folder), the named ones stored instead of deflated. */
    private Path jar(String launchScript, Map<String, byte[]> entries, String... stored) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (launchScript != null) {
            bytes.write(launchScript.getBytes(StandardCharsets.US_ASCII));
        }
        List<String> storedNames = new ArrayList<>(List.of(stored));
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                JarEntry entry = new JarEntry(e.getKey());
                byte[] content = e.getValue() == null ? new byte[0] : e.getValue();
                if (storedNames.contains(e.getKey()) || e.getValue() == null) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(content);
                out.closeEntry();
            }
        }
        Path jar = dir.resolve("scripts.jar");
        Files.write(jar, bytes.toByteArray());
        return jar;
    }
}

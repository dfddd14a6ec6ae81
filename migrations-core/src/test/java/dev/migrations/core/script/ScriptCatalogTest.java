package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files parsed side by side still come back in name order, and the first bad one in that order is reported. */
class ScriptCatalogTest {

    @TempDir
    Path dir;

    @Test
    void manyFilesComeBackInNameOrderAndTheFirstMalformedOneIsReported() throws Exception {
        String parent = "";
        for (int i = 0; i < 300; i++) {
            String id = String.format("r%05d", i);
            Files.writeString(dir.resolve(id + "_x.sql"), "-- Revision ID: " + id + "\n-- Revises: " + parent
                    + "\n-- migrate:upgrade\nSELECT " + i + ";\n-- migrate:downgrade\n");
            parent = id;
        }
        ScriptCatalog catalog = new ScriptCatalog(new DirectoryScriptSource(dir));
        List<RevisionScript> scripts = catalog.scripts();
        assertEquals(300, scripts.size());
        for (int i = 0; i < 300; i++) {
            assertEquals(String.format("r%05d", i), scripts.get(i).id());
        }
        assertEquals(List.of("r00299"), catalog.graph().heads());

        Files.writeString(dir.resolve("r00250_x.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("r00120_x.sql"), "-- Revision ID: r00120\n-- migrate:upgrade\n");
        for (int run = 0; run < 20; run++) {
            ScriptException e = assertThrows(ScriptException.class, catalog::scripts);
            assertTrue(e.getMessage().contains("r00120_x.sql"), e.getMessage());
        }
    }
}

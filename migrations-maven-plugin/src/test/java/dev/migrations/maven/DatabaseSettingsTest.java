package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @TempDir
    Path project;

    @Test
    void aConfiguredUrlIsUsedAndSaysItCameFromThePom() {
        DatabaseUrl url = DatabaseSettings.resolveUrl("jdbc:sqlite:pom.db", false, project,
                Map.of("MIGRATIONS_URL", "jdbc:sqlite:env.db"));
        assertEquals("jdbc:sqlite:pom.db", url.url());
        assertEquals("<url> in the POM", url.source());
    }

    @Test
    void aCommandLineUrlSaysItCameFromTheCommandLine() {
        DatabaseUrl url = DatabaseSettings.resolveUrl(" jdbc:sqlite:cli.db ", true, project, Map.of());
        assertEquals("jdbc:sqlite:cli.db", url.url());
        assertEquals("-Dmigrations.url", url.source());
    }

    @Test
    void withoutAConfiguredUrlTheEnvironmentIsConsulted() {
        DatabaseUrl url = DatabaseSettings.resolveUrl(null, false, project,
                Map.of("MIGRATIONS_URL", "jdbc:sqlite:env.db", "DB_URL", "jdbc:sqlite:other.db"));
        assertEquals("jdbc:sqlite:env.db", url.url());
        assertTrue(url.source().contains("MIGRATIONS_URL"), url.source());
    }

    @Test
    void aBlankConfiguredUrlFallsBackToDbUrlInTheDotEnvFile() throws IOException {
        Files.writeString(project.resolve(".env"), "# local settings\nDB_URL=jdbc:sqlite:from-dotenv.db\n");
        DatabaseUrl url = DatabaseSettings.resolveUrl("  ", false, project, Map.of());
        assertEquals("jdbc:sqlite:from-dotenv.db", url.url());
        assertTrue(url.source().contains(".env"), url.source());
    }

    @Test
    void withNothingConfiguredTheEmbeddedSqliteDatabaseInTheProjectIsUsed() {
        DatabaseUrl url = DatabaseSettings.resolveUrl(null, false, project, Map.of());
        assertEquals("jdbc:sqlite:" + project.toAbsolutePath().normalize().resolve("db.sqlite3"), url.url());
    }

    @Test
    void theAnnouncedUrlHasItsPasswordMasked() {
        DatabaseUrl url = DatabaseSettings.resolveUrl("jdbc:postgresql://db/app?user=a&password=hunter2", false,
                project, Map.of());
        assertFalse(url.toString().contains("hunter2"), url.toString());
    }
}

package dev.migrations.core.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseUrlTest {

    @TempDir
    Path project;

    @Test
    void migrationsUrlWinsOverDbUrl() {
        DatabaseUrl url = DatabaseUrl.resolve(project, Map.of("MIGRATIONS_URL", "jdbc:h2:mem:a", "DB_URL", "jdbc:h2:mem:b"));
        assertEquals("jdbc:h2:mem:a", url.url());
        assertEquals("environment variable MIGRATIONS_URL", url.source());
    }

    @Test
    void dbUrlFromTheEnvironmentWinsOverTheDotEnvFile() throws IOException {
        Files.writeString(project.resolve(".env"), "DB_URL=jdbc:h2:mem:file\n");
        assertEquals("jdbc:h2:mem:env", DatabaseUrl.resolve(project, Map.of("DB_URL", "jdbc:h2:mem:env")).url());
    }

    @Test
    void theDotEnvFileIsReadWithCommentsQuotesAndExport() throws IOException {
        Files.writeString(project.resolve(".env"), "# settings\nDB_URLX=no\nexport DB_URL = \"jdbc:sqlite:app.db\"\n");
        DatabaseUrl url = DatabaseUrl.resolve(project, Map.of());
        assertEquals("jdbc:sqlite:app.db", url.url());
        assertEquals("DB_URL in " + project.resolve(".env"), url.source());
    }

    @Test
    void withoutAnySettingTheEmbeddedSqliteFileInTheProjectIsUsed() {
        DatabaseUrl url = DatabaseUrl.resolve(project, Map.of("MIGRATIONS_URL", " "));
        assertEquals("jdbc:sqlite:" + project.toAbsolutePath().normalize().resolve("db.sqlite3"), url.url());
        assertEquals("embedded default", url.source());
    }

    @Test
    void passwordsAreMaskedInUrls() {
        assertEquals("jdbc:postgresql://db/app?user=me&password=***&ssl=true",
                DatabaseUrl.masked("jdbc:postgresql://db/app?user=me&password=s3cret&ssl=true"));
        assertEquals("jdbc:mariadb://me:***@db:3306/app", DatabaseUrl.masked("jdbc:mariadb://me:s3cret@db:3306/app"));
        assertEquals("jdbc:h2:mem:x;PASSWORD=***;MODE=PostgreSQL",
                DatabaseUrl.masked("jdbc:h2:mem:x;PASSWORD=abc;MODE=PostgreSQL"));
        assertEquals("jdbc:sqlite:/tmp/a.db", DatabaseUrl.masked("jdbc:sqlite:/tmp/a.db"));
    }

    @Test
    void dotEnvValuesLoseTheirQuotesAndTrailingComments() throws IOException {
        for (String line : List.of("export DB_URL=\"jdbc:sqlite:/x.db\" # c", "export DB_URL='jdbc:sqlite:/x.db' # c",
                "DB_URL='jdbc:sqlite:/x.db'", "DB_URL=jdbc:sqlite:/x.db # c", "export\tDB_URL=\"jdbc:sqlite:/x.db\"")) {
            Files.writeString(project.resolve(".env"), line + "\n");
            assertEquals("jdbc:sqlite:/x.db", DatabaseUrl.resolve(project, Map.of()).url(), line);
        }
        Files.writeString(project.resolve(".env"), "DB_URL=jdbc:sqlite:/x.db?a=b#frag\n");
        assertEquals("jdbc:sqlite:/x.db?a=b#frag", DatabaseUrl.resolve(project, Map.of()).url());
    }
}

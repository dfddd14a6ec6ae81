package dev.migrations.examples.library;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The application on SQLite, its default database. */
class SqliteStartupTest extends LibraryStartupTests {

    @TempDir
    Path folder;

    @Override
    String profile() {
        return "sqlite";
    }

    @Override
    TestDatabase create() {
        return TestDatabase.sqlite(folder);
    }
}

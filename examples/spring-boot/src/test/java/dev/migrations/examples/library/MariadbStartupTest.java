package dev.migrations.examples.library;

/** The application on the local MariaDB server, with the profile {@code mariadb}. */
class MariadbStartupTest extends LibraryStartupTests {

    @Override
    String profile() {
        return "mariadb";
    }

    @Override
    TestDatabase create() {
        return TestDatabase.mariadb();
    }
}

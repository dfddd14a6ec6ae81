package dev.migrations.examples.library;

/** The application on the local PostgreSQL server, with the profile {@code postgresql}. */
class PostgresqlStartupTest extends LibraryStartupTests {

    @Override
    String profile() {
        return "postgresql";
    }

    @Override
    TestDatabase create() {
        return TestDatabase.postgresql();
    }
}

package dev.migrations.core.runner;

import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A revision that rebuilds a referenced SQLite table starts with {@code PRAGMA foreign_keys = OFF} and ends with
 * {@code PRAGMA foreign_keys = ON}; the runner sends them outside the revision's transaction, where SQLite obeys.
 */
class SqliteForeignKeyPragmaTest {

    private static final String REBUILD_PARENT = """
            PRAGMA foreign_keys = OFF;
            create temp table migrations_foreign_keys_off (foreign_keys integer check (foreign_keys = 0));
            insert into migrations_foreign_keys_off select foreign_keys from pragma_foreign_keys;
            drop table temp.migrations_foreign_keys_off;
            create table migrations_new_parent (id integer primary key, name varchar(50));
            insert into migrations_new_parent (id, name) select id, name from parent;
            drop table parent;
            alter table migrations_new_parent rename to parent;
            PRAGMA foreign_keys = ON;
            """;

    @TempDir
    Path dir;
    SqliteFixture db;

    @BeforeEach
    void parentAndCascadingChild() {
        db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "tables",
                "create table parent (id integer primary key, name varchar(20));\n"
                        + "create table child (id integer primary key, parent_id integer references parent (id) "
                        + "on delete cascade);\n"
                        + "insert into parent values (1, 'p');\ninsert into child values (1, 1);",
                "drop table child;\ndrop table parent;");
    }

    private Migrations enforcing() {
        return Migrations.configure().url(db.url + "?foreign_keys=true").scriptLocation(db.scripts).load();
    }

    @Test
    void aRebuildOfAReferencedTableKeepsTheReferencingRowsAndEnforcementIsBackOnAfterwards() throws Exception {
        db.revision("bbbb00000002", "head", "rebuild parent", REBUILD_PARENT, "");
        db.revision("cccc00000003", "head", "orphan", "insert into child values (2, 99);", "");

        MigrationFailedException orphan = assertThrows(MigrationFailedException.class,
                () -> enforcing().upgrade("head"));

        assertTrue(orphan.getMessage().contains("cccc00000003"), orphan.getMessage());
        assertTrue(orphan.getMessage().toLowerCase().contains("foreign key"), orphan.getMessage());
        assertEquals(List.of("1|1"), db.query("select id, parent_id from child"));
        assertEquals(List.of("aaaa00000001", "bbbb00000002"), db.applied());
    }

    @Test
    void offlineSqlPutsThePragmasOutsideTheTransaction() {
        db.revision("bbbb00000002", "head", "rebuild parent", REBUILD_PARENT, "");

        String sql = enforcing().sql("aaaa00000001:bbbb00000002");

        int off = sql.indexOf("PRAGMA foreign_keys = OFF;");
        int begin = sql.indexOf("BEGIN;", off);
        int commit = sql.indexOf("COMMIT;", begin);
        int on = sql.indexOf("PRAGMA foreign_keys = ON;");
        assertTrue(off >= 0 && off < begin && begin < commit && commit < on, sql);
    }
}

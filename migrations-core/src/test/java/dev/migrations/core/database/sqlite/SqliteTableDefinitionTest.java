package dev.migrations.core.database.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteTableDefinitionTest {

    @Test
    void readsQuotedNamesTypesAndNamedConstraintsAroundCommentsAndNestedParentheses() {
        SqliteTableDefinition t = SqliteTableDefinition.parse("""
                CREATE TABLE IF NOT EXISTS "main"."Weird Table" (
                  "select" INTEGER NOT NULL CONSTRAINT pk_w PRIMARY KEY AUTOINCREMENT, -- the key, (really)
                  `from` numeric ( 10 , 2 ) DEFAULT (round(1.0 * (2 + 3), 2)) CHECK ((`from` >= 0)),
                  [to] timestamp(6) with time zone /* written by hand */ CONSTRAINT ck_to CHECK ([to] IS NOT NULL),
                  'quoted' varchar(10) UNIQUE,
                  plain,
                  CONSTRAINT "uq two" UNIQUE ("from", [to] COLLATE nocase),
                  FOREIGN KEY (plain) REFERENCES other (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  CONSTRAINT ck_t CHECK (plain <> 'a,b)')
                )""");

        assertEquals("INTEGER", t.column("SELECT").declaredType());
        assertEquals("numeric ( 10 , 2 )", t.column("from").declaredType());
        assertEquals("timestamp(6) with time zone", t.column("to").declaredType());
        assertEquals("varchar(10)", t.column("quoted").declaredType());
        assertEquals("", t.column("plain").declaredType());
        assertTrue(t.column("select").autoincrement());
        assertEquals("pk_w", t.primaryKeyName());
        assertEquals(List.of("select"), t.primaryKey());
        assertTrue(t.isRowidAlias("select"));
        assertEquals(List.of(new SqliteTableDefinition.NamedColumns(null, List.of("quoted")),
                new SqliteTableDefinition.NamedColumns("uq two", List.of("from", "to"))), t.uniques());
        assertEquals(List.of(new SqliteTableDefinition.NamedColumns(null, List.of("plain"))), t.foreignKeys());
        assertEquals(List.of(new SqliteTableDefinition.Check(null, "from", "(`from` >= 0)"),
                new SqliteTableDefinition.Check("ck_to", "to", "[to] IS NOT NULL"),
                new SqliteTableDefinition.Check("ck_t", null, "plain <> 'a,b)'")), t.checks());
    }

    @Test
    void knowsWhichIntegerKeysAreRowidAliases() {
        assertTrue(SqliteTableDefinition.parse("create table a (id integer, primary key (id))").isRowidAlias("ID"));
        assertFalse(SqliteTableDefinition.parse("create table a (id int primary key)").isRowidAlias("id"));
        assertFalse(SqliteTableDefinition.parse("create table a (id bigint primary key)").isRowidAlias("id"));
        assertFalse(SqliteTableDefinition.parse("create table a (id integer primary key desc)").isRowidAlias("id"));
        assertFalse(SqliteTableDefinition.parse("create table a (id integer primary key) without rowid")
                .isRowidAlias("id"));
        assertFalse(SqliteTableDefinition.parse("create table a (id integer, k int, primary key (id, k))")
                .isRowidAlias("id"));
    }
}

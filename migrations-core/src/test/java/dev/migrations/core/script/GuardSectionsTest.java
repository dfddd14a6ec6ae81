package dev.migrations.core.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.ScriptException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional {@code -- migrate:upgrade-guards} and {@code -- migrate:downgrade-guards} sections. */
class GuardSectionsTest {

    private static final String WITHOUT_GUARDS = """
            -- Revision ID: 9f8e7d6c5b4a
            -- Revises: 1a2b3c4d5e6f
            -- Create Date: 2026-01-01 12:00:00 UTC
            -- Message: add email
            -- Any other comment is fine here.

            -- migrate:upgrade
            ALTER TABLE person ADD COLUMN email TEXT;
            CREATE INDEX ix_email ON person (email);

            -- migrate:downgrade
            DROP INDEX ix_email;
            ALTER TABLE person DROP COLUMN email;
            """;

    private static final String WITH_GUARDS = """
            -- Revision ID: 9f8e7d6c5b4a
            -- Revises: 1a2b3c4d5e6f
            -- Message: name required

            -- migrate:upgrade-guards
            -- guard: not null set on column 'person.name'
            SELECT id FROM person WHERE name IS NULL;

            select id from person where length(name) > 10;

            -- migrate:upgrade
            ALTER TABLE person ALTER COLUMN name SET NOT NULL;

            -- migrate:downgrade-guards
            -- a reviewer's remark
            --guard:   type changed of column 'person.code'
            WITH long AS (SELECT id FROM person WHERE length(code) > 3) SELECT id FROM long;

            -- migrate:downgrade
            ALTER TABLE person ALTER COLUMN name DROP NOT NULL;
            """;

    private static RevisionScript parse(String text) {
        return ScriptParser.parse("db/x.sql", "x.sql", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ScriptException failure(String text) {
        return assertThrows(ScriptException.class, () -> parse(text));
    }

    @Test
    void aFileWithoutGuardsParsesAsBeforeAndKeepsItsChecksum() {
        RevisionScript script = parse(WITHOUT_GUARDS);
        // the SHA-256 recorded for this file by versions without guard sections: applied scripts stay valid
        assertEquals("f36893da296e601c66d90042f8ddc0ac237c36c2d93fb87ccf62016cd1bc0bcd", script.checksum());
        assertEquals(Section.NONE, script.upgradeGuards());
        assertEquals(Section.NONE, script.downgradeGuards());
        assertEquals(List.of(), RevisionGuards.upgrade(script, StatementSplitter.standard()));
        assertEquals(8, RevisionStatements.upgrade(script, StatementSplitter.standard()).get(0).line());
        assertEquals(2, RevisionStatements.downgrade(script, StatementSplitter.standard()).size());
    }

    @Test
    void guardsAreReadWithTheirStepsAndLinesAndSectionsStayApart() {
        RevisionScript script = parse(WITH_GUARDS);
        List<Guard> up = RevisionGuards.upgrade(script, StatementSplitter.standard());
        assertEquals(List.of(new Guard("not null set on column 'person.name'", "SELECT id FROM person WHERE name IS "
                + "NULL", 7), new Guard("the guard at x.sql:9", "select id from person where length(name) > 10", 9)),
                up);
        List<Guard> down = RevisionGuards.downgrade(script, StatementSplitter.standard());
        assertEquals(1, down.size());
        assertEquals("type changed of column 'person.code'", down.get(0).step());
        assertEquals(17, down.get(0).line());
        assertEquals(List.of(new Statement("ALTER TABLE person ALTER COLUMN name SET NOT NULL", 12)),
                RevisionStatements.upgrade(script, StatementSplitter.standard()), "the upgrade ends at the guards");
        assertEquals(1, RevisionStatements.downgrade(script, StatementSplitter.standard()).size());
    }

    @Test
    void aGuardThatIsNotAQueryIsRefusedWithItsLine() {
        RevisionScript script = parse(WITH_GUARDS.replace("select id from person where length(name) > 10",
                "delete from person where name is null"));
        ScriptException e = assertThrows(ScriptException.class,
                () -> RevisionGuards.upgrade(script, StatementSplitter.standard()));
        assertEquals("SCRIPT-051", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:9: a guard must be a query") && e.getMessage().contains("DELETE"),
                e.getMessage());
    }

    @Test
    void guardSectionsOutOfPlaceOrRepeatedAreRefusedWithTheirLine() {
        ScriptException afterUpgrade = failure(WITHOUT_GUARDS.replace("CREATE INDEX ix_email ON person (email);",
                "-- migrate:upgrade-guards\nselect 1;"));
        assertEquals("SCRIPT-008", afterUpgrade.id());
        assertTrue(afterUpgrade.getMessage().contains("db/x.sql:9: '-- migrate:upgrade-guards' after "
                + "'-- migrate:upgrade'"), afterUpgrade.getMessage());

        ScriptException twice = failure(WITH_GUARDS.replace("-- a reviewer's remark", "-- migrate:downgrade-guards"));
        assertEquals("SCRIPT-008", twice.id());
        assertTrue(twice.getMessage().contains("db/x.sql:15: a second '-- migrate:downgrade-guards' marker"),
                twice.getMessage());

        ScriptException early = failure(WITHOUT_GUARDS.replace("-- migrate:upgrade\n",
                "-- migrate:downgrade-guards\n-- migrate:upgrade\n"));
        assertEquals("SCRIPT-008", early.id());
        assertTrue(early.getMessage().contains("'-- migrate:downgrade-guards' comes before '-- migrate:upgrade'"),
                early.getMessage());

        ScriptException last = failure(WITHOUT_GUARDS + "-- migrate:downgrade-guards\nselect 1;\n");
        assertEquals("SCRIPT-008", last.id());
        assertTrue(last.getMessage().contains("after '-- migrate:downgrade'"), last.getMessage());
    }

    @Test
    void theWriterPutsEachGuardSectionBeforeItsSectionAndOnlyWhenThereAreGuards() {
        String plain = ScriptWriter.render("aaaa11112222", List.of(), Instant.EPOCH, "m", true, "x;", "y;");
        assertEquals(plain, ScriptWriter.render("aaaa11112222", List.of(), Instant.EPOCH, "m", true, "", "x;", "",
                "y;"));
        String guarded = ScriptWriter.render("aaaa11112222", List.of(), Instant.EPOCH, "m", true,
                "-- guard: g\nselect 1;", "x;", "", "y;");
        assertTrue(guarded.contains("\n-- migrate:upgrade-guards\n-- guard: g\nselect 1;\n\n-- migrate:upgrade\nx;\n"),
                guarded);
        RevisionScript script = ScriptParser.parse("f", "f", guarded.getBytes(StandardCharsets.UTF_8));
        assertEquals("g", RevisionGuards.upgrade(script, StatementSplitter.standard()).get(0).step());
    }
}

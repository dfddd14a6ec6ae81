package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptParserTest {

    private static final String GOOD = """
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

    private static RevisionScript parse(String text) {
        return ScriptParser.parse("db/x.sql", "x.sql", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ScriptException failure(String text) {
        return assertThrows(ScriptException.class, () -> parse(text));
    }

    @Test
    void readsHeaderFieldsAndBothSectionsWithTheirFileLines() {
        RevisionScript script = parse(GOOD);
        assertEquals("9f8e7d6c5b4a", script.id());
        assertEquals(List.of("1a2b3c4d5e6f"), script.parents());
        assertEquals("add email", script.message());
        assertEquals("2026-01-01 12:00:00 UTC", script.createDate());
        assertTrue(script.transactional());
        List<Statement> up = StatementSplitter.standard().split(script.upgrade().text(), script.upgrade().firstLine());
        assertEquals(List.of(new Statement("ALTER TABLE person ADD COLUMN email TEXT", 8),
                new Statement("CREATE INDEX ix_email ON person (email)", 9)), up);
        List<Statement> down = StatementSplitter.standard().split(script.downgrade().text(),
                script.downgrade().firstLine());
        assertEquals(12, down.get(0).line());
    }

    @Test
    void anEmptyRevisesMakesABaseAndCommasMakeAMerge() {
        assertEquals(List.of(), parse(GOOD.replace("-- Revises: 1a2b3c4d5e6f", "-- Revises:")).parents());
        assertEquals(List.of("aaaa11112222", "bbbb11112222"),
                parse(GOOD.replace("1a2b3c4d5e6f", "aaaa11112222, bbbb11112222")).parents());
    }

    @Test
    void theNoTransactionMarkerInTheHeaderTurnsTransactionsOff() {
        assertFalse(parse(GOOD.replace("-- Message: add email", "-- Message: add email\n-- migrate:no-transaction"))
                .transactional());
    }

    @Test
    void lineEndingsDoNotChangeTheChecksumButEditsDo() {
        String crlf = GOOD.replace("\n", "\r\n");
        assertEquals(parse(GOOD).checksum(), parse(crlf).checksum());
        assertEquals(parse(GOOD).checksum(), parse("\uFEFF" + GOOD).checksum());
        assertFalse(parse(GOOD).checksum().equals(parse(GOOD.replace("TEXT", "VARCHAR(80)")).checksum()));
    }

    @Test
    void aSqlFileWithoutHeaderIsNotARevision() {
        ScriptException e = failure("CREATE TABLE x (id INT);\n");
        assertEquals("SCRIPT-001", e.id());
        assertTrue(e.getMessage().contains("db/x.sql"), e.getMessage());
    }

    @Test
    void aMissingRevisionIdIsReportedOnLineOne() {
        ScriptException e = failure(GOOD.replace("-- Revision ID: 9f8e7d6c5b4a\n", ""));
        assertEquals("SCRIPT-003", e.id());
        assertTrue(e.getMessage().startsWith("[SCRIPT-003] db/x.sql:1:"), e.getMessage());
    }

    @Test
    void aMalformedRevisionIdIsReportedWithItsLine() {
        ScriptException e = failure(GOOD.replace("9f8e7d6c5b4a", "Bad-Id"));
        assertEquals("SCRIPT-004", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:1:"), e.getMessage());
    }

    @Test
    void aMalformedParentIsReportedOnTheRevisesLine() {
        ScriptException e = failure(GOOD.replace("1a2b3c4d5e6f", "1a2b3c4d5e6f, "));
        assertEquals("SCRIPT-004", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:2:"), e.getMessage());
    }

    @Test
    void aMissingRevisesLineIsAnError() {
        ScriptException e = failure(GOOD.replace("-- Revises: 1a2b3c4d5e6f\n", ""));
        assertEquals("SCRIPT-005", e.id());
    }

    @Test
    void aRepeatedHeaderFieldNamesBothLines() {
        ScriptException e = failure(GOOD.replace("-- Message: add email", "-- Message: add email\n-- Message: again"));
        assertEquals("SCRIPT-002", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:5:") && e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void sqlInTheHeaderIsAnErrorOnItsLine() {
        ScriptException e = failure(GOOD.replace("-- Any other comment is fine here.", "DROP TABLE x;"));
        assertEquals("SCRIPT-002", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:5:"), e.getMessage());
    }

    @Test
    void anUnknownMarkerIsAnErrorOnItsLine() {
        ScriptException e = failure(GOOD.replace("-- migrate:downgrade", "-- migrate:down"));
        assertEquals("SCRIPT-002", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:11:"), e.getMessage());
    }

    @Test
    void aMarkerWithTrailingWordsIsAnErrorNotAComment() {
        ScriptException e = failure(GOOD.replace("-- migrate:upgrade", "-- migrate:upgrade now"));
        assertEquals("SCRIPT-002", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:7: unknown marker '-- migrate:upgrade now'"), e.getMessage());
    }

    @Test
    void aMissingUpgradeSectionNamesTheLastLine() {
        ScriptException e = failure("-- Revision ID: abcd12345678\n-- Revises:\n");
        assertEquals("SCRIPT-006", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:3:"), e.getMessage());
    }

    @Test
    void aMissingDowngradeSectionIsAnError() {
        ScriptException e = failure(GOOD.substring(0, GOOD.indexOf("-- migrate:downgrade")));
        assertEquals("SCRIPT-007", e.id());
        assertTrue(e.getMessage().contains("db/x.sql:"), e.getMessage());
    }

    @Test
    void sectionsOutOfOrderOrRepeatedAreErrors() {
        assertEquals("SCRIPT-008", failure("-- Revision ID: abcd12345678\n-- Revises:\n-- migrate:downgrade\n"
                + "-- migrate:upgrade\n").id());
        ScriptException twice = failure(GOOD + "-- migrate:downgrade\n");
        assertEquals("SCRIPT-008", twice.id());
        assertTrue(twice.getMessage().contains("db/x.sql:14:"), twice.getMessage());
        assertEquals("SCRIPT-008", failure(GOOD.replace("CREATE INDEX", "-- migrate:no-transaction\nCREATE INDEX"))
                .id());
    }

    @Test
    void aRevisionThatRevisesItselfIsACycle() {
        assertEquals("SCRIPT-013", failure(GOOD.replace("1a2b3c4d5e6f", "9f8e7d6c5b4a")).id());
    }

    @Test
    void theChecksumIsTheSha256OfTheNormalisedUtf8Text() throws Exception {
        String text = GOOD.replace("add email", "caf\u00e9 \u2013 \uD83D\uDE00");
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, parse(text).checksum());
        assertEquals(expected, parse("\uFEFF" + text.replace("\n", "\r\n")).checksum());
        assertEquals(expected, parse(text.replace("\n", "\r")).checksum());
        assertEquals(expected, ScriptChecksum.of(text));
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        RevisionScript script = parse(GOOD.replace("add email", "unknown \uFFFD sign"));
        assertEquals("unknown \uFFFD sign", script.message());
    }

    @Test
    void sectionsAreTheExactLinesBetweenTheMarkers() {
        RevisionScript script = parse(GOOD);
        assertEquals("ALTER TABLE person ADD COLUMN email TEXT;\nCREATE INDEX ix_email ON person (email);\n",
                script.upgrade().text());
        assertEquals(8, script.upgrade().firstLine());
        assertEquals("DROP INDEX ix_email;\nALTER TABLE person DROP COLUMN email;\n", script.downgrade().text());
        assertEquals(12, script.downgrade().firstLine());
        RevisionScript bare = parse("-- Revision ID: 9f8e7d6c5b4a\n-- Revises:\n-- migrate:upgrade\n"
                + "  -- migrate:downgrade");
        assertEquals("", bare.upgrade().text());
        assertEquals("", bare.downgrade().text());
        RevisionScript spaced = parse("-- Revision ID: 9f8e7d6c5b4a\n-- Revises:\n-- migrate:upgrade\nSELECT 1;\n"
                + "\t-- a comment\n-- migrate:downgrade\n\nSELECT 2;");
        assertEquals("SELECT 1;\n\t-- a comment", spaced.upgrade().text());
        assertEquals("\nSELECT 2;", spaced.downgrade().text());
    }

    @Test
    void aFileThatIsNotUtf8IsRejected() {
        byte[] latin1 = GOOD.replace("add email", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        ScriptException e = assertThrows(ScriptException.class, () -> ScriptParser.parse("db/x.sql", "x.sql", latin1));
        assertEquals("SCRIPT-010", e.id());
    }

    @Test
    void writtenScriptsParseBackToTheSameFields() {
        String text = ScriptWriter.render("abc123abc123", List.of("aaaa11112222", "bbbb11112222"),
                java.time.Instant.parse("2026-03-04T05:06:07Z"), "merge\n two  lines", false,
                "CREATE TABLE t (id INT);", "DROP TABLE t;");
        RevisionScript script = parse(text);
        assertEquals("abc123abc123", script.id());
        assertEquals(List.of("aaaa11112222", "bbbb11112222"), script.parents());
        assertEquals("merge two lines", script.message());
        assertEquals("2026-03-04 05:06:07 UTC", script.createDate());
        assertFalse(script.transactional());
        assertEquals("CREATE TABLE t (id INT);", script.upgrade().text().strip());
        assertEquals("DROP TABLE t;", script.downgrade().text().strip());
    }
}

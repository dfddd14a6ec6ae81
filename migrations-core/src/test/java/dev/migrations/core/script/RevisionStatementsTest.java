package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionStatementsTest {

    private static RevisionScript script(boolean transactional, String upgrade) {
        String text = "-- Revision ID: aaaa00000001\n-- Revises:\n"
                + (transactional ? "" : "-- migrate:no-transaction\n")
                + "-- migrate:upgrade\n" + upgrade + "\n-- migrate:downgrade\n";
        return ScriptParser.parse("a.sql", "a.sql", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStatementThatStillHoldsASecondStatementIsRefusedWithItsLine() {
        RevisionScript script = script(true, "SELECT 1;");
        List<Statement> merged = List.of(new Statement("CREATE TABLE ev (trigger TEXT, begin INT);\n"
                + "CREATE TABLE t2 (x INT)", 4));
        ScriptException e = assertThrows(ScriptException.class,
                () -> RevisionStatements.check(script, merged, StatementSplitter.standard()));
        assertEquals("SCRIPT-049", e.id());
        assertTrue(e.getMessage().startsWith("[SCRIPT-049] a.sql:5:"), e.getMessage());
    }

    @Test
    void triggerBodiesMayHoldSemicolons() {
        RevisionScript script = script(true, """
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  INSERT INTO b VALUES (1);
                  UPDATE c SET n = CASE WHEN n > 1 THEN 0 ELSE n END;
                END;""");
        assertEquals(1, RevisionStatements.upgrade(script, StatementSplitter.standard()).size());
    }

    @Test
    void transactionControlInATransactionalRevisionIsRefusedWithTheWayOut() {
        for (String control : List.of("COMMIT", "BEGIN", "BEGIN TRANSACTION", "END", "ROLLBACK", "SAVEPOINT s",
                "RELEASE s", "START TRANSACTION", "/* done */ commit")) {
            RevisionScript script = script(true, "CREATE TABLE a (x INT);\n" + control + ";");
            ScriptException e = assertThrows(ScriptException.class,
                    () -> RevisionStatements.upgrade(script, StatementSplitter.standard()), control);
            assertEquals("SCRIPT-050", e.id());
            assertTrue(e.getMessage().startsWith("[SCRIPT-050] a.sql:5:"), e.getMessage());
            assertTrue(e.getMessage().contains("-- migrate:no-transaction"), e.getMessage());
        }
    }

    @Test
    void transactionControlIsAllowedInANoTransactionRevision() {
        RevisionScript script = script(false, "BEGIN;\nCREATE TABLE a (x INT);\nCOMMIT;");
        assertEquals(3, RevisionStatements.upgrade(script, StatementSplitter.standard()).size());
    }
}

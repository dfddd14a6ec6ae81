package dev.migrations.core.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatementSplitterTest {

    private static List<String> split(String sql) {
        return StatementSplitter.standard().split(sql, 1).stream().map(Statement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndTrimsEachStatement() {
        assertEquals(List.of("CREATE TABLE a (id INTEGER)", "INSERT INTO a VALUES (1)"),
                split("  CREATE TABLE a (id INTEGER);\n\n INSERT INTO a VALUES (1);\n"));
    }

    @Test
    void keepsAFinalStatementWithoutSemicolon() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), split("SELECT 1;\nSELECT 2\n"));
    }

    @Test
    void ignoresSemicolonsInsideQuotesWithDoubledQuoteEscapes() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; here')", "SELECT \"we;ird\"\"col\" FROM t",
                        "SELECT `x;y` FROM t", "SELECT [a;b] FROM t"),
                split("INSERT INTO t VALUES ('a;b', 'it''s; here');\nSELECT \"we;ird\"\"col\" FROM t;\n"
                        + "SELECT `x;y` FROM t;SELECT [a;b] FROM t;"));
    }

    @Test
    void ignoresSemicolonsInsideLineAndBlockComments() {
        assertEquals(List.of("-- first; still a comment\nSELECT 1", "/* a; b */ SELECT 2"),
                split("-- first; still a comment\nSELECT 1;\n/* a; b */ SELECT 2;"));
    }

    @Test
    void dropsChunksThatHoldOnlyComments() {
        assertEquals(List.of("SELECT 1"), split("-- nothing here;\n/* nor; here */;\n;\nSELECT 1;\n-- trailing"));
    }

    @Test
    void reportsTheLineOfTheFirstSqlTokenNotOfALeadingComment() {
        List<Statement> statements = StatementSplitter.standard()
                .split("\n-- create it\nCREATE TABLE a (x INT);\n\n\nDROP TABLE b;", 10);
        assertEquals(12, statements.get(0).line());
        assertEquals(15, statements.get(1).line());
    }

    @Test
    void keepsDollarQuotedBodiesWhole() {
        String function = "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  NEW.x := 'a;b';\n  RETURN NEW;\nEND;\n$$ "
                + "LANGUAGE plpgsql";
        String tagged = "DO $body$ BEGIN PERFORM 1; PERFORM $$inner;$$; END $body$";
        assertEquals(List.of(function, tagged, "SELECT $1"),
                split(function + ";\n" + tagged + ";\nSELECT $1;"));
    }

    @Test
    void doesNotTakeADollarInsideAnIdentifierForADollarQuote() {
        assertEquals(List.of("SELECT a$b$c FROM t", "SELECT 2"), split("SELECT a$b$c FROM t;SELECT 2;"));
    }

    @Test
    void understandsPostgresEscapeStringsWithBackslashQuotes() {
        assertEquals(List.of("SELECT E'it\\'s; fine'", "SELECT 'plain\\'", "SELECT 2"),
                split("SELECT E'it\\'s; fine';SELECT 'plain\\';SELECT 2;"));
    }

    @Test
    void mysqlStringsTakeBackslashEscapes() {
        List<String> statements = StatementSplitter.mysql().split("INSERT INTO t VALUES ('a\\';b');SELECT 1;", 1)
                .stream().map(Statement::sql).toList();
        assertEquals(List.of("INSERT INTO t VALUES ('a\\';b')", "SELECT 1"), statements);
    }

    @Test
    void nestsBlockCommentsOnlyForPostgres() {
        String sql = "/* outer /* inner; */ still; comment */ SELECT 1;SELECT 2;";
        assertEquals(List.of(sql.substring(0, sql.indexOf(";SELECT 2")), "SELECT 2"),
                StatementSplitter.postgresql().split(sql, 1).stream().map(Statement::sql).toList());
        assertEquals(List.of("/* outer /* inner; */ still", "comment */ SELECT 1", "SELECT 2"), split(sql));
    }

    @Test
    void keepsSqliteTriggerBodiesWithCaseExpressionsTogether() {
        String trigger = "CREATE TRIGGER audit AFTER UPDATE ON person\n"
                + "WHEN CASE WHEN new.name IS NULL THEN 0 ELSE 1 END = 1\n"
                + "BEGIN\n"
                + "  INSERT INTO log (what) VALUES (CASE WHEN new.name = 'x;' THEN 'a' ELSE 'b' END);\n"
                + "  UPDATE person SET seen = 1 WHERE id = new.id;\n"
                + "END";
        assertEquals(List.of(trigger, "SELECT 1"), split(trigger + ";\nSELECT 1;"));
    }

    @Test
    void keepsMysqlTriggerBodiesWithIfAndCaseStatementsTogether() {
        String trigger = "CREATE DEFINER=`root`@`localhost` TRIGGER t BEFORE INSERT ON person FOR EACH ROW\n"
                + "BEGIN\n"
                + "  IF NEW.age < 0 THEN SET NEW.age = 0; END IF;\n"
                + "  CASE NEW.kind WHEN 1 THEN SET NEW.label = 'one'; ELSE SET NEW.label = 'many'; END CASE;\n"
                + "  WHILE NEW.n > 10 DO SET NEW.n = NEW.n - 1; END WHILE;\n"
                + "END";
        assertEquals(List.of(trigger, "SELECT 1"),
                StatementSplitter.mysql().split(trigger + ";\nSELECT 1;", 1).stream().map(Statement::sql).toList());
    }

    @Test
    void treatsBeginAndEndOutsideRoutinesAsOrdinaryWords() {
        assertEquals(List.of("SELECT CASE WHEN a THEN 1 END FROM t", "CREATE TABLE span (\"begin\" INT, \"end\" INT)",
                        "SELECT 1"),
                split("SELECT CASE WHEN a THEN 1 END FROM t;CREATE TABLE span (\"begin\" INT, \"end\" INT);SELECT 1;"));
    }

    @Test
    void aTriggerWithoutBodyEndsAtItsSemicolon() {
        assertEquals(List.of("CREATE TRIGGER t BEFORE INSERT ON p FOR EACH ROW SET NEW.a = 1", "SELECT 1"),
                split("CREATE TRIGGER t BEFORE INSERT ON p FOR EACH ROW SET NEW.a = 1;SELECT 1;"));
    }

    @Test
    void reportsAnUnterminatedStringWithTheLineWhereItStarts() {
        StatementSplitter.SplitException e = assertThrows(StatementSplitter.SplitException.class,
                () -> StatementSplitter.standard().split("SELECT 1;\nSELECT 'oops;\nmore", 20));
        assertEquals(21, e.line());
    }

    @Test
    void reportsUnterminatedCommentsAndDollarQuotes() {
        assertEquals(3, assertThrows(StatementSplitter.SplitException.class,
                () -> StatementSplitter.standard().split("\n\n/* never closed", 1)).line());
        assertEquals(2, assertThrows(StatementSplitter.SplitException.class,
                () -> StatementSplitter.standard().split("SELECT 1;\nDO $x$ BEGIN", 1)).line());
    }

    @Test
    void columnsNamedTriggerAndBeginDoNotOpenABlock() {
        assertEquals(List.of("CREATE TABLE ev (trigger TEXT, begin INT)", "CREATE TABLE t2 (x INT)"),
                split("CREATE TABLE ev (trigger TEXT, begin INT); CREATE TABLE t2 (x INT);"));
    }

    @Test
    void temporaryTriggersAndReplacedFunctionsStillKeepTheirBodyWhole() {
        assertEquals(List.of("CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); END",
                        "CREATE OR REPLACE FUNCTION f() RETURNS INT BEGIN RETURN 1; END", "SELECT 1"),
                split("CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); END;\n"
                        + "CREATE OR REPLACE FUNCTION f() RETURNS INT BEGIN RETURN 1; END;\nSELECT 1;"));
    }
}

package dev.migrations.core.script;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO book (id) VALUES (1)",
            "update book set title = upper(title)",
            "DELETE FROM book WHERE id > 10",
            "MERGE INTO book USING shelf ON book.id = shelf.id WHEN MATCHED THEN DELETE",
            "REPLACE INTO book (id) VALUES (1)",
            "WITH old AS (SELECT id FROM book) DELETE FROM book WHERE id IN (SELECT id FROM old)",
            "-- WARNING: rows are copied\nINSERT INTO book_new SELECT * FROM book",
            "/* fill the new column */ UPDATE book SET pages = 0",
            "INSERT\tINTO book (id) VALUES (1)",
    })
    void aStatementThatChangesRowsIsOne(String sql) {
        assertTrue(new Statement(sql, 1).changesRowsOnly(), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE TABLE book (id BIGINT PRIMARY KEY)",
            "ALTER TABLE book ADD COLUMN pages INTEGER",
            "CREATE INDEX ix_book_update ON book (updated)",
            "DROP TABLE book",
            "TRUNCATE TABLE book",
            "CALL refill_books()",
            "SET FOREIGN_KEY_CHECKS = 0",
            "/*!40101 UPDATE book SET pages = 0 */",
            "INSERTS_ARE_NOT_A_KEYWORD()",
            "RENAME TABLE book TO volume",
            "DO 1",
    })
    void schemaChangesCallsAndSettingsAreNot(String sql) {
        assertFalse(new Statement(sql, 1).changesRowsOnly(), sql);
    }

    @Test
    void firstWordsAreUpperCasedAndSkipLeadingCommentsAndPunctuation() {
        assertEquals(List.of("CREATE", "OR", "REPLACE", "TEMPORARY"),
                new Statement("-- scratch\ncreate or replace temporary table t (id int)", 2).firstWords(4));
        assertEquals(List.of("LOCK", "TABLES", "BOOK"), new Statement("LOCK TABLES `book` WRITE", 1).firstWords(3));
        assertEquals(List.of("DROP", "TABLE", "TMP_1"), new Statement("DROP TABLE tmp_1", 1).firstWords(9));
        assertEquals(List.of(), new Statement("/*!40101 SET NAMES utf8 */", 1).firstWords(2));
        assertEquals(List.of(), new Statement("(SELECT 1)", 1).firstWords(2));
    }
}

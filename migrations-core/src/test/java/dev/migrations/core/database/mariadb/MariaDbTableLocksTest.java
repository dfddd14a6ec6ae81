package dev.migrations.core.database.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.script.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which statements take and release MySQL's and MariaDB's table locks, as the runner tracks them. */
class MariaDbTableLocksTest {

    private final MariaDbDatabase database = new MariaDbDatabase(MariaDbFlavor.MARIADB);

    @Test
    void lockTablesHoldsThemUntilUnlockTables() {
        assertTrue(after("LOCK TABLES book WRITE, shelf READ", false));
        assertTrue(after("lock table book write", false));
        assertTrue(after("INSERT INTO book VALUES (1)", true));
        assertTrue(after("ALTER TABLE book ADD COLUMN pages INT", true));
        assertFalse(after("UNLOCK TABLES", true));
        assertFalse(after("unlock table", true));
        assertFalse(after("INSERT INTO book VALUES (1)", false));
        assertFalse(after("LOCK_ME()", false));
        assertEquals(Optional.of("UNLOCK TABLES"), database.releaseTableLocks());
    }

    private boolean after(String sql, boolean before) {
        return database.holdsTableLocksAfter(new Statement(sql, 1), before);
    }
}

package dev.migrations.core.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsupportedChangeTest {

    @Test
    void aChangeTheDialectHasNoSqlForIsAnErrorNeverAScriptWithoutIt() {
        Schema empty = new Schema(List.of(), List.of(), List.of());
        SchemaDiff diff = new SchemaDiff(empty, empty,
                List.of(new Change.AddSequence(new Sequence(null, "orders_SEQ", 1, 50, null))));

        AutogenerateException e = assertThrows(AutogenerateException.class, () -> new SqliteDialect().render(diff));

        assertEquals("DIFF-004", e.id());
        assertTrue(e.getMessage().contains("orders_SEQ"), e.getMessage());
    }
}

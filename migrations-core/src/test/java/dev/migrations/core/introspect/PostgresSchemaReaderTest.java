package dev.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.core.testing.TestServers;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads a hand-written PostgreSQL schema with every element the reader knows, on the real server. */
class PostgresSchemaReaderTest {

    @Test
    void readsEveryTypeKeyIndexForeignKeyCheckCommentAndSequenceOfAPostgresqlDatabase() throws Exception {
        try (TestServers.Server db = TestServers.postgresql(); Connection c = db.connect()) {
            TestDatabases.execute(c, TestDatabases.resource("postgresql-every-feature.sql"));

            Schema schema = SchemaReader.defaults().otherSchemas(List.of("APP")).read(c);

            assertEquals(TestDatabases.resource("postgresql-every-feature.json"), ModelJson.write(schema));
        }
    }
}

package dev.migrations.core.introspect;

import dev.migrations.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads one kind of database into the logical model. One implementation per database, handed out by its
 * {@link dev.migrations.core.database.Database}; {@link SchemaReader} is the way to call it.
 *
 * <pre>{@code
 * Schema live = Databases.forConnection(c).reader().read(c, new ReadRequest("PUBLIC", List.of(), TableFilter.all()));
 * }</pre>
 */
public interface DatabaseReader {

    /** The name of the default schema when the caller names none, or {@code null} where there are none. */
    String currentSchema(Connection connection) throws SQLException;

    Schema read(Connection connection, ReadRequest request) throws SQLException;
}

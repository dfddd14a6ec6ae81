package dev.migrations.examples.library;

import java.sql.Types;
import org.hibernate.community.dialect.SQLiteDialect;

/**
 * Hibernate's SQLite dialect, with schema validation ({@code ddl-auto=validate}) taking {@code integer} for
 * {@code bigint}. A generated key on SQLite is an {@code integer primary key} (the table's rowid, the only
 * auto-incrementing column SQLite has), which the driver reports as {@code INTEGER} where Hibernate expects
 * {@code BIGINT} for a {@code Long} id; SQLite stores both in the same 64-bit storage class.
 */
public class SqliteDialect extends SQLiteDialect {

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2) || isInteger(typeCode1) && isInteger(typeCode2);
    }

    private static boolean isInteger(int typeCode) {
        return typeCode == Types.INTEGER || typeCode == Types.BIGINT;
    }
}

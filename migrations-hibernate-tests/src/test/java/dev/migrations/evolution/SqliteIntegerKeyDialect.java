package dev.migrations.evolution;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.BlobJdbcType;
import org.hibernate.type.descriptor.jdbc.ClobJdbcType;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * Hibernate's SQLite dialect with the two adjustments an application on SQLite needs, whatever created the schema
 * (both are documented in {@code docs/autogenerate-verification.md}):
 *
 * <ul>
 *   <li>Schema validation takes {@code integer} for {@code bigint}. An identity key on SQLite must be declared
 *       exactly {@code integer primary key} to become the table's rowid (the only auto-incrementing column SQLite
 *       has), and the driver then reports {@code INTEGER} where Hibernate expects {@code BIGINT} for a
 *       {@code Long} id. Hibernate's own DDL leaves such a column untyped, which its validator rejects too.
 *       SQLite stores every integer in one 64-bit storage class. The tests' own check (an empty diff) still
 *       compares every integer column's declared type with the model.</li>
 *   <li>{@code @Lob} values are read and written as strings and bytes: the stock dialect reads them with
 *       {@code ResultSet.getClob}/{@code getBlob}, which sqlite-jdbc does not implement, so no entity with a
 *       {@code @Lob} (or eagerly fetching one) loads, on any schema.</li>
 * </ul>
 */
public class SqliteIntegerKeyDialect extends SQLiteDialect {

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2) || isInteger(typeCode1) && isInteger(typeCode2);
    }

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(contributions, serviceRegistry);
        JdbcTypeRegistry registry = contributions.getTypeConfiguration().getJdbcTypeRegistry();
        registry.addDescriptor(Types.CLOB, ClobJdbcType.MATERIALIZED);
        registry.addDescriptor(Types.BLOB, BlobJdbcType.MATERIALIZED);
    }

    private static boolean isInteger(int typeCode) {
        return typeCode == Types.INTEGER || typeCode == Types.BIGINT;
    }
}

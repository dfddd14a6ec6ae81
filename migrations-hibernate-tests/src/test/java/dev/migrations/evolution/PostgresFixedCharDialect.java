package dev.migrations.evolution;

import java.sql.Types;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Hibernate's PostgreSQL dialect whose schema validation takes a {@code char(n)} column for a {@code String}
 * mapped with {@code columnDefinition = "char(n)"} (documented in {@code docs/autogenerate-verification.md}).
 * Hibernate expects {@code VARCHAR} for a {@code String}, PostgreSQL reports the column as {@code bpchar}
 * ({@code CHAR}), and the stock validator rejects it even on the schema Hibernate created itself. Nothing else is
 * relaxed: every other column is validated as the stock dialect does.
 */
public class PostgresFixedCharDialect extends PostgreSQLDialect {

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2) || isText(typeCode1) && isText(typeCode2);
    }

    private static boolean isText(int typeCode) {
        return typeCode == Types.CHAR || typeCode == Types.VARCHAR;
    }
}

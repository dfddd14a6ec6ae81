package dev.migrations.oracle;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;

/** The Hibernate dialects the oracle asks, each at the database version it assumes without a connection. */
public enum OracleDialect {
    H2(H2Dialect.class),
    POSTGRESQL(PostgreSQLDialect.class);

    private final Class<? extends Dialect> hibernateDialect;

    OracleDialect(Class<? extends Dialect> hibernateDialect) {
        this.hibernateDialect = hibernateDialect;
    }

    /** Hibernate's dialect class, for the {@code hibernate.dialect} setting. */
    public Class<? extends Dialect> hibernateDialect() {
        return hibernateDialect;
    }
}

package dev.migrations.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MigrationsInitializer} beans initialise the database. Boot then makes every bean
 * that depends on an initialised database (the {@code EntityManagerFactory}, {@code JdbcTemplate}s, beans annotated
 * {@code @DependsOnDatabaseInitialization}) depend on them, and the script initialiser ({@code spring.sql.init})
 * run after them. Registered in {@code META-INF/spring.factories}; the interface is in the same package on Spring
 * Boot 3.5 and 4.0.
 */
final class MigrationsInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    /** Before {@code spring.sql.init}'s scripts (whose data may need the migrated tables), with Flyway's. */
    static final int ORDER = 1;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrationsInitializer.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

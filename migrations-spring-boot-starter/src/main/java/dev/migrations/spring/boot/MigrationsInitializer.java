package dev.migrations.spring.boot;

import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.StartResult;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Prepares the database while the application context starts: {@link Migrations#start()} runs as this bean is
 * initialised, and the {@code EntityManagerFactory} (and every other bean that needs the database initialised,
 * such as a {@code JdbcTemplate}) is made to depend on this bean, so JPA never sees an unmigrated schema. A
 * failure is thrown from here and stops the application.
 *
 * <p>The auto-configuration defines one for the application's {@link Migrations} bean. Define your own to run
 * something else at that moment:
 *
 * <pre>{@code
 * @Bean
 * MigrationsInitializer migrationsInitializer(Migrations migrations) {
 *     return new MigrationsInitializer(migrations);
 * }
 * }</pre>
 */
public class MigrationsInitializer implements InitializingBean {

    private final Migrations migrations;
    private volatile StartResult result;

    public MigrationsInitializer(Migrations migrations) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
    }

    @Override
    public void afterPropertiesSet() {
        result = migrations.start();
    }

    /** What the start-up did; {@code null} before this bean is initialised. */
    public StartResult getResult() {
        return result;
    }

    /** The facade this initialiser starts. */
    public Migrations getMigrations() {
        return migrations;
    }
}

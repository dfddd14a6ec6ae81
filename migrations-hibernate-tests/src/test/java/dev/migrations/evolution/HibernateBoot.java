package dev.migrations.evolution;

import dev.migrations.oracle.CompiledDomain;
import dev.migrations.oracle.Naming;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Starts Hibernate ORM on a test database the way an application does: the compiled domain's entity classes,
 * loaded by the domain's class loader, Hibernate's default naming, and a schema action ({@code validate} to
 * check a database we migrated, {@code create} to let Hibernate build one itself).
 *
 * <pre>{@code
 * try (SessionFactory sf = HibernateBoot.start(domain, db, "validate")) { … }
 * }</pre>
 */
final class HibernateBoot {

    /** Bean Validation without an expression-language implementation, which the test classpath does not hold. */
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private HibernateBoot() {
    }

    /** Starts a session factory; {@code schemaAction} is Hibernate's {@code hbm2ddl.auto} value. */
    static SessionFactory start(CompiledDomain domain, TestDatabase database, String schemaAction) {
        return start(domain, database, schemaAction, Naming.JPA);
    }

    /** Starts a session factory with the naming strategies an application of that naming configures. */
    static SessionFactory start(CompiledDomain domain, TestDatabase database, String schemaAction, Naming naming) {
        var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(domain.classLoader()).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.connection.url", database.url())
                .applySetting("hibernate.dialect", database.kind().hibernateDialect())
                .applySetting("hibernate.hbm2ddl.auto", schemaAction)
                .applySetting("hibernate.connection.pool_size", "2")
                .applySetting("hibernate.show_sql", "false")
                // the generated SQL quotes reserved words (localTime, day); the ORM must quote them the same way
                .applySetting("hibernate.auto_quote_keyword", "true")
                .applySetting("jakarta.persistence.validation.factory", VALIDATION)
                .applySetting("hibernate.implicit_naming_strategy", naming.implicitStrategy())
                .applySetting("hibernate.physical_naming_strategy", naming.physicalStrategy())
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            domain.entityClasses().forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}

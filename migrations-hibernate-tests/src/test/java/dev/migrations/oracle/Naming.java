package dev.migrations.oracle;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * The naming modes the processor offers, each with the Hibernate strategies it must agree with.
 *
 * <pre>{@code
 * DomainCompiler.compile(sources, Naming.SNAKE_CASE);   // javac -Amigrations.naming=snake_case
 * }</pre>
 */
public enum Naming {

    /** Hibernate's defaults: names as written in the entities. */
    JPA("jpa", new ImplicitNamingStrategyJpaCompliantImpl(), new PhysicalNamingStrategyStandardImpl()),

    /** Spring Boot's defaults: lower snake case, join tables named after the owning attribute. */
    SNAKE_CASE("snake_case", new SpringImplicitNamingStrategy(), new CamelCaseToUnderscoresNamingStrategy());

    private final String option;
    private final ImplicitNamingStrategy implicit;
    private final PhysicalNamingStrategy physical;

    Naming(String option, ImplicitNamingStrategy implicit, PhysicalNamingStrategy physical) {
        this.option = option;
        this.implicit = implicit;
        this.physical = physical;
    }

    /** The value of the processor option {@code migrations.naming}. */
    public String option() {
        return option;
    }

    public ImplicitNamingStrategy implicitStrategy() {
        return implicit;
    }

    public PhysicalNamingStrategy physicalStrategy() {
        return physical;
    }
}

package dev.migrations.oracle;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming strategy, reproduced because Spring's own class is not available without
 * Spring ORM. Spring Boot's {@code SpringImplicitNamingStrategy} extends Hibernate's JPA-compliant strategy
 * and changes exactly one rule: a join table is named {@code <owning physical table>_<owning attribute>}
 * instead of {@code <owning table>_<target table>}.
 */
public final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}

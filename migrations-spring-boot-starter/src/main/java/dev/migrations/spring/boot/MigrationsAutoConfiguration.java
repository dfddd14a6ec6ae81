package dev.migrations.spring.boot;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.Mode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Prepares the application's database before JPA starts: when the application has a {@code DataSource} (or
 * {@code spring.migrations.url}) and packaged revision scripts (or an entity model), a {@link MigrationsInitializer}
 * runs {@link Migrations#start()}, under the lock, while the context starts; Spring Boot's database-initialisation
 * ordering makes the {@code EntityManagerFactory} wait for it ({@link MigrationsInitializerDetector}).
 *
 * <p>Backs off when the application defines its own {@link Migrations} bean (which the initialiser then starts), or
 * its own {@link MigrationsInitializer}, or sets {@code spring.migrations.enabled=false}.
 *
 * <p>Spring Boot 3.5 and 4.0 keep these classes in different packages, so the classes this configuration must
 * follow are named for both.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(name = "org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer")
@ConditionalOnProperty(prefix = MigrationsProperties.PREFIX, name = "enabled", matchIfMissing = true)
@Conditional({MigrationsAutoConfiguration.DatabaseCondition.class,
        MigrationsAutoConfiguration.ScriptsOrModelCondition.class})
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class MigrationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MigrationsInitializer migrationsInitializer(Migrations migrations) {
        return new MigrationsInitializer(migrations);
    }

    /** The facade, from the {@code spring.migrations.*} properties, unless the application defines its own. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(Migrations.class)
    static class MigrationsConfiguration {

        @Bean
        Migrations migrations(MigrationsProperties properties, ObjectProvider<DataSource> dataSource,
                              @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
                              Environment environment, ResourceLoader resourceLoader) {
            ClassLoader classLoader = resourceLoader.getClassLoader();
            MigrationsBuilder builder = Migrations.configure()
                    .classLoader(classLoader)
                    .versionTable(properties.getVersionTable())
                    .schema(properties.getSchema())
                    .driftCheck(properties.getDriftCheck())
                    .lockTimeout(properties.getLockTimeout())
                    .model(ModelSource.classpath())
                    .listener(new LoggingListener())
                    .phrasing(SpringBootPhrasing.INSTANCE);
            Location.parse(MigrationsProperties.PREFIX + ".script-location", properties.getScriptLocation())
                    .scripts(builder);
            Location.parse(MigrationsProperties.PREFIX + ".seed-location", properties.getSeedLocation())
                    .seeds(builder);
            if (properties.getMode() != null) {
                builder.mode(properties.getMode());
            } else {
                // the Environment holds the operating system's variables too; a property of that name works as well
                String debug = environment.getProperty(Mode.SWITCH);
                builder.environment(debug == null ? Map.of() : Map.of(Mode.SWITCH, debug));
            }
            DataSource application = migrationsDataSource.getIfAvailable(dataSource::getIfUnique);
            if (properties.hasOwnConnection()) {
                String url = firstText(properties.getUrl(), environment.getProperty("spring.datasource.url"));
                if (url == null) {
                    url = urlOf(application);   // an embedded database Boot made up: ask its driver
                }
                if (url == null) {
                    throw new ConfigurationException("CONFIG-203", MigrationsProperties.PREFIX + ".user or "
                            + MigrationsProperties.PREFIX + ".password is set, but there is no URL to connect to. "
                            + "Set " + MigrationsProperties.PREFIX + ".url (or spring.datasource.url).");
                }
                builder.url(url)
                        .user(firstText(properties.getUser(), environment.getProperty("spring.datasource.username")))
                        .password(firstText(properties.getPassword(),
                                environment.getProperty("spring.datasource.password")));
            } else if (application != null) {
                builder.dataSource(application);
            } else {
                throw new ConfigurationException("CONFIG-202", "The application has several DataSources and none "
                        + "is primary, so the start-up does not know which database to migrate. Mark one @Primary or "
                        + "@MigrationsDataSource, or set " + MigrationsProperties.PREFIX + ".url.");
            }
            return builder.load();
        }

        /**
         * Tells Spring Boot that the migrated database's schema is managed, so that Hibernate is not told to
         * create and drop it ({@code ddl-auto=create-drop}, Boot's default for embedded databases).
         */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.jdbc.SchemaManagementProvider")
        static class SchemaManagementConfiguration {

            @Bean
            SchemaManagementProvider migrationsSchemaManagementProvider(MigrationsProperties properties,
                    ObjectProvider<DataSource> dataSource,
                    @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource) {
                return candidate -> {
                    if (properties.hasOwnConnection()) {
                        return SchemaManagement.MANAGED;   // another user's connections to the same database
                    }
                    DataSource migrated = migrationsDataSource.getIfAvailable(dataSource::getIfUnique);
                    return candidate == migrated ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
                };
            }
        }
    }

    private static String firstText(String... values) {
        for (String value : values) {
            if (MigrationsProperties.hasText(value)) {
                return value.strip();
            }
        }
        return null;
    }

    /** The URL the driver reports, for own connections when no URL is configured (an embedded database). */
    private static String urlOf(DataSource dataSource) {
        if (dataSource == null) {
            return null;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return null;
        }
    }

    /** A {@code DataSource} bean, or {@code spring.migrations.url}. */
    static final class DatabaseCondition extends AnyNestedCondition {

        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = MigrationsProperties.PREFIX, name = "url")
        static final class Url {
        }
    }

    /**
     * Revision scripts at {@code spring.migrations.script-location}, or an entity model to create tables from in
     * development mode: an application without either does not use migrations.
     */
    static final class ScriptsOrModelCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionMessage.Builder message = ConditionMessage.forCondition("Migrations resources");
            String value = context.getEnvironment().getProperty(MigrationsProperties.PREFIX + ".script-location",
                    MigrationsProperties.DEFAULT_SCRIPT_LOCATION);
            Location location;
            try {
                location = Location.parse(MigrationsProperties.PREFIX + ".script-location", value);
            } catch (ConfigurationException e) {
                // let the bean report the bad location with its catalogued message
                return ConditionOutcome.match(message.because("the script location must be reported: " + value));
            }
            ClassLoader loader = context.getClassLoader();
            if (location.hasScripts(loader)) {
                return ConditionOutcome.match(message.found("revision scripts").items(location));
            }
            if (loader != null && loader.getResource(ModelSource.DEFAULT_RESOURCE) != null) {
                return ConditionOutcome.match(message.found("entity model").items(ModelSource.DEFAULT_RESOURCE));
            }
            return ConditionOutcome.noMatch(message.because("found no revision scripts at " + location
                    + " and no entity model " + ModelSource.DEFAULT_RESOURCE));
        }
    }
}

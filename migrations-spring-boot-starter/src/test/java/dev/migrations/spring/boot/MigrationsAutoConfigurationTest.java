package dev.migrations.spring.boot;

import static dev.migrations.spring.boot.SqliteFiles.count;
import static dev.migrations.spring.boot.SqliteFiles.tableExists;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DriftCheck;
import dev.migrations.core.api.IntegrityException;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.api.Mode;
import dev.migrations.core.api.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The auto-configuration alone, in small contexts: when it applies and when it backs off, what each property does,
 * and how a failure surfaces. The test resources hold one revision (table {@code note}), one seed script and the
 * model of the test entity {@code Note}.
 */
class MigrationsAutoConfigurationTest {

    private static final String REVISION = "db/migrations/2f6c1d8a4b70_create_note.sql";

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

    private Path db() {
        return dir.resolve("app.db");
    }

    private ApplicationContextRunner withDataSource() {
        return runner.withBean(DataSource.class, () -> SqliteFiles.dataSource(db()));
    }

    @Test
    void upgradesTheApplicationsDataSourceToHeadWhenTheContextStarts() {
        withDataSource().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Migrations.class).hasSingleBean(MigrationsInitializer.class);
            assertThat(context.getBean(MigrationsInitializer.class).getResult().mode()).isEqualTo(Mode.PRODUCTION);
            assertThat(count(db(), "migrations_version")).isEqualTo(1);
            assertThat(count(db(), "note")).isZero();
            assertThat(tableExists(db(), "migrations_seed")).as("production loads no seed data").isFalse();
        });
    }

    @Test
    void backsOffWithoutADataSourceOrUrl() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class)
                .doesNotHaveBean(MigrationsInitializer.class));
    }

    @Test
    void migratesTheConfiguredUrlWhenThereIsNoDataSource() {
        runner.withPropertyValues("spring.migrations.url=" + SqliteFiles.url(db())).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationsInitializer.class);
            assertThat(count(db(), "migrations_version")).isEqualTo(1);
        });
    }

    @Test
    void doesNothingWhenDisabled() {
        withDataSource().withPropertyValues("spring.migrations.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class)
                    .doesNotHaveBean(MigrationsInitializer.class);
            assertThat(tableExists(db(), "migrations_version")).isFalse();
        });
    }

    @Test
    void backsOffWhenTheApplicationHasNeitherRevisionsNorAnEntityModel() {
        withDataSource().withPropertyValues("spring.migrations.script-location=classpath:no/such/folder")
                .withClassLoader(new FilteredClassLoader(new ClassPathResource(ModelSource.DEFAULT_RESOURCE)))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsInitializer.class));
    }

    @Test
    void startsTheApplicationsOwnMigrationsBeanInsteadOfBuildingOne() {
        withDataSource().withUserConfiguration(OwnMigrations.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Migrations.class);
            assertThat(context).getBean(Migrations.class).isSameAs(context.getBean("ownMigrations"));
            assertThat(tableExists(db(), "own_versions")).isTrue();
            assertThat(tableExists(db(), "migrations_version")).isFalse();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnInitializer() {
        withDataSource().withUserConfiguration(OwnInitializer.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationsInitializer.class);
            assertThat(context.getBean(MigrationsInitializer.class)).isInstanceOf(DeferredInitializer.class);
            assertThat(tableExists(db(), "migrations_version")).isFalse();
        });
    }

    @Test
    void readsEveryPropertyUnderSpringMigrations() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        copyRevisionTo(scripts);
        withDataSource().withPropertyValues(
                "spring.migrations.script-location=filesystem:" + scripts,
                "spring.migrations.version-table=app_versions",
                "spring.migrations.drift-check=fail",
                "spring.migrations.lock-timeout=30s",
                "spring.migrations.mode=production").run(context -> {
                    assertThat(context).hasNotFailed();
                    MigrationsProperties properties = context.getBean(MigrationsProperties.class);
                    assertThat(properties.getDriftCheck()).isEqualTo(DriftCheck.FAIL);
                    assertThat(properties.getLockTimeout()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(context.getBean(MigrationsInitializer.class).getResult().drift()).isEmpty();
                    assertThat(count(db(), "app_versions")).isEqualTo(1);
                    assertThat(tableExists(db(), "migrations_version")).isFalse();
                });
    }

    @Test
    void developmentModeCreatesTheModelsTablesAndLoadsTheSeedsInsteadOfMigrating() {
        withDataSource().withPropertyValues("spring.migrations.mode=development").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrationsInitializer.class).getResult().development().createdTables())
                    .containsExactly("note");
            assertThat(count(db(), "note")).isEqualTo(1);
            assertThat(count(db(), "migrations_seed")).isEqualTo(1);
            assertThat(tableExists(db(), "migrations_version")).isFalse();
        });
    }

    @Test
    void appDebugPicksDevelopmentModeWhenNoModeIsSet() {
        withDataSource().withPropertyValues("APP_DEBUG=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrationsInitializer.class).getResult().mode()).isEqualTo(Mode.DEVELOPMENT);
        });
        Path production = dir.resolve("production.db");
        runner.withBean(DataSource.class, () -> SqliteFiles.dataSource(production))
                .withPropertyValues("APP_DEBUG=true", "spring.migrations.mode=production").run(context ->
                assertThat(context.getBean(MigrationsInitializer.class).getResult().mode()).isEqualTo(Mode.PRODUCTION));
    }

    @Test
    void aTypoInAppDebugStopsTheStart() {
        withDataSource().withPropertyValues("APP_DEBUG=yes").run(context ->
                assertThat(failure(context)).isInstanceOf(ConfigurationException.class)
                        .extracting(MigrationsException::id).isEqualTo("CONFIG-012"));
    }

    @Test
    void aFailingRevisionStopsTheStartWithTheCataloguedMessage() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(scripts.resolve("0a1b2c3d4e5f_broken.sql"), """
                -- Revision ID: 0a1b2c3d4e5f
                -- Revises:
                -- Create Date: 2026-01-01 00:00:00 UTC
                -- Message: broken

                -- migrate:upgrade
                create table broken (id integer primary key);
                insert into no_such_table values (1);

                -- migrate:downgrade
                drop table broken;
                """);
        withDataSource().withPropertyValues("spring.migrations.script-location=filesystem:" + scripts).run(context -> {
            MigrationsException failure = failure(context);
            assertThat(failure).isInstanceOf(MigrationFailedException.class);
            assertThat(failure.id()).isEqualTo("RUN-001");
            FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("[RUN-001]").contains("no_such_table");
            assertThat(analysis.getAction()).contains("docs/errors/RUN.md");
            assertThat(tableExists(db(), "broken")).as("the revision was rolled back").isFalse();
        });
    }

    @Test
    void theDriftCheckNamesItsPropertyWhenItRefusesToStart() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("drifted"));
        Files.writeString(scripts.resolve("1a2b3c4d5e6f_other.sql"), """
                -- Revision ID: 1a2b3c4d5e6f
                -- Revises:
                -- Create Date: 2026-01-01 00:00:00 UTC
                -- Message: a table the entities do not have

                -- migrate:upgrade
                create table other (id integer not null, primary key (id));

                -- migrate:downgrade
                drop table other;
                """);
        withDataSource().withPropertyValues("spring.migrations.script-location=filesystem:" + scripts,
                "spring.migrations.drift-check=fail").run(context -> {
                    assertThat(failure(context)).isInstanceOf(IntegrityException.class);
                    FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).startsWith("[RUN-003]")
                            .contains("spring.migrations.drift-check")
                            .contains("mvn migrations:revision -Dmigrations.autogenerate");
                });
    }

    @Test
    void aSeparateUrlIsMigratedInsteadOfTheApplicationsDataSource() {
        Path other = dir.resolve("owner.db");
        withDataSource().withPropertyValues("spring.migrations.url=" + SqliteFiles.url(other)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(count(other, "migrations_version")).isEqualTo(1);
            assertThat(tableExists(db(), "migrations_version")).isFalse();
        });
    }

    @Test
    void aSeparateUserConnectsToTheApplicationsUrl() {
        Path configured = dir.resolve("configured.db");
        withDataSource().withPropertyValues("spring.datasource.url=" + SqliteFiles.url(configured),
                "spring.migrations.user=owner", "spring.migrations.password=secret").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(count(configured, "migrations_version")).isEqualTo(1);
                });
    }

    @Test
    void aLocationOfAnotherKindIsRefused() {
        withDataSource().withPropertyValues("spring.migrations.script-location=https://example.invalid/db")
                .run(context -> assertThat(failure(context).id()).isEqualTo("CONFIG-201"));
    }

    @Test
    void severalDataSourcesNeedOneMarked() {
        Path second = dir.resolve("second.db");
        withDataSource().withBean("second", DataSource.class, () -> SqliteFiles.dataSource(second))
                .run(context -> assertThat(failure(context).id()).isEqualTo("CONFIG-202"));
        withDataSource().withBean("marked", DataSource.class, () -> SqliteFiles.dataSource(dir.resolve("marked.db")),
                definition -> ((AbstractBeanDefinition) definition).addQualifier(
                        new AutowireCandidateQualifier(MigrationsDataSource.class))).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(count(dir.resolve("marked.db"), "migrations_version")).isEqualTo(1);
            assertThat(tableExists(db(), "migrations_version")).isFalse();
        });
    }

    @Test
    void tellsSpringBootThatTheMigratedSchemaIsManaged() {
        withDataSource().run(context -> {
            SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(SqliteFiles.dataSource(dir.resolve("other.db"))))
                    .isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    private void copyRevisionTo(Path folder) throws IOException {
        try (var in = new ClassPathResource(REVISION).getInputStream()) {
            Files.copy(in, folder.resolve(Path.of(REVISION).getFileName()));
        }
    }

    private static MigrationsException failure(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            if (t instanceof MigrationsException e) {
                return e;
            }
        }
        throw new AssertionError("no MigrationsException in " + context.getStartupFailure());
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnMigrations {

        @Bean
        Migrations ownMigrations(DataSource dataSource) {
            return Migrations.configure().dataSource(dataSource).classpathLocation("db/migrations")
                    .versionTable("own_versions").mode(Mode.PRODUCTION).load();
        }
    }

    /** An initialiser that leaves the database alone (an application that migrates later, by itself). */
    static class DeferredInitializer extends MigrationsInitializer {

        DeferredInitializer(Migrations migrations) {
            super(migrations);
        }

        @Override
        public void afterPropertiesSet() {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnInitializer {

        @Bean
        MigrationsInitializer deferred(Migrations migrations) {
            return new DeferredInitializer(migrations);
        }
    }
}

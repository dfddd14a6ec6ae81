package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.api.MigrationsException;
import dev.migrations.spring.boot.app.Note;
import dev.migrations.spring.boot.app.NotesApplication;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real JPA application (Hibernate, HikariCP, SQLite) started with the starter: the migration runs before the
 * {@code EntityManagerFactory} is built, so {@code ddl-auto=validate} finds the tables; a failed migration stops
 * the application before JPA.
 */
@ExtendWith(OutputCaptureExtension.class)
class JpaStartupTest {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + SqliteFiles.url(dir.resolve("notes.db")),
                "spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.main.banner-mode=off"));
        all.addAll(Arrays.asList(properties));
        return new SpringApplicationBuilder(NotesApplication.class).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
    }

    @Test
    void hibernateValidatesTheMigratedSchemaAndStoresAnEntity() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                    .contains("migrationsInitializer");
            EntityManager jpa = SharedEntityManagerCreator.createSharedEntityManager(
                    context.getBean(EntityManagerFactory.class));
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Integer id = tx.execute(status -> {
                Note note = new Note("migrated before JPA");
                jpa.persist(note);
                return note.getId();
            });
            String text = tx.execute(status -> jpa.find(Note.class, id).getText());
            assertThat(text).isEqualTo("migrated before JPA");
        }
        assertThat(SqliteFiles.count(dir.resolve("notes.db"), "note")).isEqualTo(1);
        assertThat(SqliteFiles.count(dir.resolve("notes.db"), "migrations_version")).isEqualTo(1);
    }

    @Test
    void developmentModeCreatesTheTablesBeforeJpaInsteadOfDdlAuto() throws Exception {
        try (ConfigurableApplicationContext context = start("spring.migrations.mode=development")) {
            assertThat(context.getBean(MigrationsInitializer.class).getResult().development().seedsRun())
                    .containsExactly("001_notes.sql");
        }
        assertThat(SqliteFiles.count(dir.resolve("notes.db"), "note")).isEqualTo(1);
    }

    @Test
    void aFailedMigrationStopsTheApplicationWithTheCataloguedMessage(CapturedOutput output) throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(scripts.resolve("0a1b2c3d4e5f_broken.sql"), """
                -- Revision ID: 0a1b2c3d4e5f
                -- Revises:
                -- Create Date: 2026-01-01 00:00:00 UTC
                -- Message: broken

                -- migrate:upgrade
                create table note (id integer not null, primary key (id));
                insert into no_such_table values (1);

                -- migrate:downgrade
                drop table note;
                """);

        assertThatThrownBy(() -> start("spring.migrations.script-location=filesystem:" + scripts))
                .hasRootCauseMessage("[SQLITE_ERROR] SQL error or missing database (no such table: no_such_table)")
                .satisfies(e -> assertThat(migrationsCause(e).id()).isEqualTo("RUN-001"));
        assertThat(output).contains("APPLICATION FAILED TO START").contains("[RUN-001] The upgrade of revision "
                + "0a1b2c3d4e5f (broken) failed").contains("docs/errors/RUN.md");
        assertThat(output).doesNotContain("HHH");   // Hibernate never started
    }

    private static MigrationsException migrationsCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MigrationsException e) {
                return e;
            }
        }
        throw new AssertionError("no MigrationsException in " + failure);
    }
}

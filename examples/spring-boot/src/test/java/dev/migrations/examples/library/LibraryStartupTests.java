package dev.migrations.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.api.Mode;
import dev.migrations.core.api.StartResult;
import dev.migrations.spring.boot.MigrationsInitializer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real application, started on a fresh database of each kind with its profile, as in production: the starter
 * applies the revisions before Hibernate builds the EntityManagerFactory, Hibernate validates the result
 * ({@code ddl-auto=validate}), the drift check finds nothing, and Spring Data stores and loads a book.
 */
abstract class LibraryStartupTests {

    /** The revisions each database's folder holds. */
    private static final int REVISIONS = 2;

    private TestDatabase database;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /** The profile that selects the database (its driver settings and its folder of revisions). */
    abstract String profile();

    /** A fresh database for one test. */
    abstract TestDatabase create() throws Exception;

    @BeforeEach
    void createDatabase() throws Exception {
        database = create();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        started.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            database.close();
        }
    }

    private ConfigurableApplicationContext start(String... properties) {
        return start(new SpringApplicationBuilder(LibraryApplication.class), properties);
    }

    /** Starts the application as its command line would, so the settings win over the profile's. */
    private ConfigurableApplicationContext start(SpringApplicationBuilder application, String... properties) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
                "--spring.main.banner-mode=off"));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        ConfigurableApplicationContext context = application.web(WebApplicationType.NONE).profiles(profile())
                .run(arguments.toArray(String[]::new));
        synchronized (started) {
            started.add(context);
        }
        return context;
    }

    @Test
    void theRevisionsAreAppliedBeforeHibernateValidatesTheSchema() {
        ConfigurableApplicationContext context = start();

        StartResult result = context.getBean(MigrationsInitializer.class).getResult();
        assertThat(result.mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(result.upgrade().applied()).hasSize(REVISIONS);
        assertThat(result.drift()).isEmpty();
        BookRepository books = context.getBean(BookRepository.class);
        Book saved = new Book("Domain-Driven Design", "978-0-321-12521-7", LocalDate.of(2003, 8, 20));
        saved.setAuthor("Eric Evans");
        books.save(saved);
        Book loaded = books.findByIsbn("978-0-321-12521-7").orElseThrow();
        assertThat(loaded.getAuthor()).isEqualTo("Eric Evans");
        assertThat(loaded.getPublishedOn()).isEqualTo(LocalDate.of(2003, 8, 20));
        assertThat(versionRows(context)).isEqualTo(REVISIONS);
    }

    /**
     * Two instances of the application refresh their contexts at the same moment, on one database: the lock lets one
     * apply the revisions while the other waits, then finds nothing left to do. (Spring Boot's logging set-up, which
     * is global to the JVM, is done one instance after the other; only that part is not simultaneous.)
     */
    @Test
    void twoInstancesStartingTogetherApplyEachRevisionOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Semaphore loggingSetUp = new Semaphore(1);
        CyclicBarrier refreshTogether = new CyclicBarrier(2);
        Callable<ConfigurableApplicationContext> instance = () -> {
            loggingSetUp.acquire();
            SpringApplicationBuilder application = new SpringApplicationBuilder(LibraryApplication.class)
                    .listeners((ApplicationListener<ApplicationPreparedEvent>) prepared -> {
                        loggingSetUp.release();
                        try {
                            refreshTogether.await(1, TimeUnit.MINUTES);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            return start(application);
        };
        try {
            Future<ConfigurableApplicationContext> first = pool.submit(instance);
            Future<ConfigurableApplicationContext> second = pool.submit(instance);
            ConfigurableApplicationContext one = first.get(3, TimeUnit.MINUTES);
            ConfigurableApplicationContext two = second.get(3, TimeUnit.MINUTES);

            assertThat(applied(one) + applied(two)).as("each revision applied by exactly one instance")
                    .isEqualTo(REVISIONS);
            assertThat(versionRows(one)).isEqualTo(REVISIONS);
            one.getBean(BookRepository.class).save(new Book("Clean Code", "978-0-13-235088-4", null));
            two.getBean(BookRepository.class).save(new Book("Working Effectively", "978-0-13-117705-5", null));
            assertThat(two.getBean(BookRepository.class).count()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void developmentModeCreatesTheTablesAndLoadsTheSeedsOnce() {
        ConfigurableApplicationContext first = start("APP_DEBUG=true");
        StartResult result = first.getBean(MigrationsInitializer.class).getResult();
        assertThat(result.mode()).isEqualTo(Mode.DEVELOPMENT);
        assertThat(result.development().createdTables()).containsExactly("book");
        assertThat(first.getBean(BookRepository.class).findByIsbn("978-0-13-475759-9")).isPresent();
        first.close();

        ConfigurableApplicationContext again = start("APP_DEBUG=true");
        assertThat(again.getBean(MigrationsInitializer.class).getResult().development().seedsSkipped())
                .containsExactly("001_books.sql");
        assertThat(again.getBean(BookRepository.class).count()).isEqualTo(2);
    }

    private static int applied(ConfigurableApplicationContext context) {
        return context.getBean(MigrationsInitializer.class).getResult().upgrade().applied().size();
    }

    private static Integer versionRows(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from migrations_version",
                Integer.class);
    }
}

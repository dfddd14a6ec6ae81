package dev.migrations.spring.boot;

import dev.migrations.core.api.MigrationsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that failed on a {@link MigrationsException} into Spring Boot's "APPLICATION FAILED TO START"
 * report: the catalogued message, its settings phrased as {@code spring.migrations.*} properties, and where the
 * error id is explained. Registered in {@code META-INF/spring.factories}.
 */
final class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        String id = cause.id();
        String area = id.contains("-") ? id.substring(0, id.indexOf('-')) : id;
        String action = "Do what the message says, then start the application again. " + id + " is explained in the "
                + "error catalogue of migrations, docs/errors/" + area + ".md.";
        return new FailureAnalysis(cause.message(SpringBootPhrasing.INSTANCE), action, cause);
    }
}

package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.IntegrityException;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.ScriptException;
import java.sql.SQLException;
import java.util.List;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class MavenFailuresTest {

    @Test
    void badConfigurationFailsTheBuildAsTheUsersToFix() {
        ConfigurationException cause = new ConfigurationException("CONFIG-004", "Fix <versionTable>.");
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> MavenFailures.rethrow(cause));
        assertEquals("[CONFIG-004] Fix <versionTable>.", failure.getMessage());
        assertSame(cause, failure.getSuppressed()[0]);
        assertArrayEquals(cause.getStackTrace(), failure.getStackTrace());
    }

    @Test
    void mavensFailureLineShowsTheMessageOnceAsMavenUsersReadIt() {
        SQLException sql = new SQLException("no such table: no_such_table");
        ScriptException neutral = new ScriptException("SCRIPT-020", "No revision 'zzzz'. Run "
                + dev.migrations.core.api.Phrasing.Advice.command("history") + " to see the revisions.");
        MigrationFailedException failed = new MigrationFailedException("RUN-001", "c.sql:8 failed: "
                + sql.getMessage() + ".", List.of(), sql);
        for (dev.migrations.core.api.MigrationsException cause : List.of(neutral, failed)) {
            String line = new DefaultExceptionHandler().handleException(MavenFailures.of(cause)).getMessage();
            String id = "[" + cause.id() + "]";
            assertEquals(line.indexOf(id), line.lastIndexOf(id), line);
            assertFalse(line.contains("the history command"), line);
        }
    }

    @Test
    void malformedScriptsAndChangedAppliedScriptsAreAlsoTheUsersToFix() {
        assertInstanceOf(MojoFailureException.class,
                MavenFailures.of(new ScriptException("SCRIPT-007", "a.sql:3: no downgrade section.")));
        assertInstanceOf(MojoFailureException.class,
                MavenFailures.of(new IntegrityException("INTEGRITY-002", "a.sql changed.")));
    }

    @Test
    void aFailedStatementIsAnExecutionFailureWithItsCauseKept() {
        SQLException sql = new SQLException("no such table: no_such_table");
        MigrationFailedException cause = new MigrationFailedException("RUN-001", "c.sql:8 failed.", List.of(), sql);
        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> MavenFailures.rethrow(cause));
        assertEquals("[RUN-001] c.sql:8 failed.", failure.getMessage());
        assertSame(sql, failure.getCause());
        assertSame(cause, failure.getSuppressed()[0]);
    }

    @Test
    void anUnreachableDatabaseIsAnExecutionFailure() {
        assertInstanceOf(MojoExecutionException.class,
                MavenFailures.of(new DatabaseException("DB-002", "Cannot connect.")));
    }
}

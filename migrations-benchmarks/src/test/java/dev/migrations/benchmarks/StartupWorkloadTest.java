package dev.migrations.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up benchmark's three sides do the same work on the same revisions; nothing here measures time. */
class StartupWorkloadTest {

    @TempDir
    Path work;

    @Test
    void revisionsFormAChainOfDistinctIdsWithTheSameStatementsInBothFormats() {
        List<StartupWorkload.Revision> revisions = StartupWorkload.revisions(2000);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < revisions.size(); i++) {
            StartupWorkload.Revision r = revisions.get(i);
            assertTrue(r.id().matches("[0-9a-f]{12}"), r.id());
            assertTrue(ids.add(r.id()), r.id());
            assertEquals(i == 0 ? null : revisions.get(i - 1).id(), r.parent());
            assertEquals(2, r.statements().size());
            assertTrue(r.oursText().contains(r.flywayText()), r.oursText());
        }
        assertEquals(revisions, StartupWorkload.revisions(2000));
    }

    @Test
    void everySideAppliesEveryRevisionOnceAndOursAndFlywayThenFindNothingToDo() throws Exception {
        int count = 5;
        List<StartupWorkload.Revision> revisions = StartupWorkload.revisions(count);
        Path jar = work.resolve("scripts.jar");
        Path flywayJar = work.resolve("flyway.jar");
        StartupWorkload.writeJar(revisions, jar);
        StartupWorkload.writeFlywayJar(revisions, flywayJar);
        StartupWorkload.writeFlyway(revisions, work.resolve("flyway"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                getClass().getClassLoader());
             URLClassLoader flywayLoader = new URLClassLoader(new URL[] {flywayJar.toUri().toURL()},
                getClass().getClassLoader())) {
            check(new StartupSide.Scripts(loader, flywayLoader, "classpath:db/migration", revisions), count, "jar");
            check(new StartupSide.Scripts(loader, getClass().getClassLoader(), "filesystem:" + work.resolve("flyway"),
                    revisions), count, "folder");
        }
        assertTrue(Files.exists(work.resolve("check_ours_jar.sqlite3")));
    }

    /** Every side applies every revision once; ours and Flyway's then find nothing to do. */
    private void check(StartupSide.Scripts scripts, int count, String label) throws Exception {
        for (StartupSide side : StartupSide.values()) {
            String url = StartupDatabase.SQLITE.create("check_" + side.label() + "_" + label, work);
            assertEquals(count, side.upgrade(StartupDatabase.SQLITE, url, scripts), side.label());
            assertEquals(count, StartupDatabase.SQLITE.benchTables(url), side.label());
            if (side != StartupSide.RAW) {
                assertEquals(0, side.upgrade(StartupDatabase.SQLITE, url, scripts), side.label());
            }
        }
    }
}

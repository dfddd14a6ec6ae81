package dev.migrations.core.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.Mode;
import dev.migrations.core.api.StartResult;
import dev.migrations.core.startup.SharedDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process killed with {@code kill -9} while it holds the migration lock, in the middle of a long statement, never
 * blocks the next start: the lock belongs to the dead process's session (or, for SQLite, to its open file), which
 * the operating system and the server end with it, so the next start gets the lock within seconds. Where the
 * revision runs in a transaction (SQLite, PostgreSQL) the next start completes it; where it runs statement by
 * statement (H2, MariaDB) the next start refuses the revision the killed process left marked ({@code RUN-004}), and
 * after the stamp the message asks for, completes.
 */
class KilledLockHolderTest {

    /** How long the next start may take, lock wait included; the long statement would run for a minute. */
    private static final Duration FEW_SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aProcessKilledWhileHoldingTheLockNeverBlocksTheNextStart(Kind kind) throws Exception {
        String slow = kind.longStatement();
        RevisionFiles scripts = new RevisionFiles(dir.resolve("scripts"));
        scripts.add("one", "CREATE TABLE one (id INTEGER NOT NULL PRIMARY KEY);", "DROP TABLE one;");
        // the long statement comes first, so that the kill leaves nothing of the revision, even without transactions
        scripts.add("slow", slow + ";\nCREATE TABLE two (id INTEGER NOT NULL PRIMARY KEY);", "DROP TABLE two;");
        scripts.add("three", "CREATE TABLE three (id INTEGER NOT NULL PRIMARY KEY);", "DROP TABLE three;");

        try (SharedDatabase db = SharedDatabase.create(kind, dir)) {
            long killedAt;
            try (Child child = Child.once(db.url(), scripts.folder(), 60)) {
                String marker = slow.substring(0, Math.min(20, slow.length()));
                assertTrue(child.awaitLine(l -> l.startsWith("DEBUG") && l.contains(marker), 1,
                        Duration.ofSeconds(60)), () -> "the child reaches the long statement:\n" + child.output());
                Thread.sleep(300);
                assertTrue(child.lines().stream().noneMatch("END"::equals), child::output);
                child.kill();
                killedAt = System.nanoTime();
            }
            assertEquals(List.of(RevisionFiles.id(1)), db.appliedRevisions(), "the revision before stays applied");

            // the revision that was running is not applied, so its file may change: the next start runs it without
            // the minute-long statement, so that its time is the lock's
            Path fixed = Files.createDirectories(dir.resolve("fixed"));
            try (var files = Files.list(scripts.folder())) {
                for (Path file : files.toList()) {
                    Files.writeString(fixed.resolve(file.getFileName()), Files.readString(file).replace(slow, "SELECT 1"));
                }
            }
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Migrations next = Migrations.configure().url(db.url()).scriptLocation(fixed).mode(Mode.PRODUCTION)
                    .lockTimeout(Duration.ofSeconds(60)).listener(new MigrationListener() {
                        @Override
                        public void info(String line) {
                            lines.add(line);
                        }
                    }).load();
            long tookMs;
            String outcome;
            if (kind.transactionalDdl()) {
                StartResult started = next.start();
                tookMs = (System.nanoTime() - killedAt) / 1_000_000;
                outcome = "completed";
                assertEquals(List.of(RevisionFiles.id(2), RevisionFiles.id(3)),
                        started.upgrade().applied().stream().map(MigrationStep::revision).toList(), lines::toString);
            } else {
                // the killed revision ran statement by statement under a mark: the next start gets the lock and
                // refuses, because it cannot know what the killed statement did
                MigrationFailedException refused = assertThrows(MigrationFailedException.class, next::start);
                tookMs = (System.nanoTime() - killedAt) / 1_000_000;
                outcome = "refused (RUN-004), as it got the lock,";
                assertEquals("RUN-004", refused.id(), refused.getMessage());
                assertTrue(refused.getMessage().contains("none of its 2 statements was recorded as completed: "
                        + "statements 1–2 (lines 7, 8) may have run"), refused.getMessage());
                // the way out: the statement only read, so nothing of the revision is in effect; stamp its parent
                next.stamp(RevisionFiles.id(1), false);
                assertEquals(List.of(RevisionFiles.id(2), RevisionFiles.id(3)),
                        next.start().upgrade().applied().stream().map(MigrationStep::revision).toList());
            }
            System.out.printf("[killed lock holder] %s: the next start %s %d ms after the kill%s%n", kind, outcome,
                    tookMs, lines.stream().anyMatch(l -> l.startsWith("Waiting")) ? " (it waited for the lock)" : "");
            assertEquals(List.of(RevisionFiles.id(1), RevisionFiles.id(2), RevisionFiles.id(3)),
                    db.appliedRevisions());
            assertTrue(tookMs < FEW_SECONDS.toMillis(), "the next start took " + tookMs + " ms: " + lines);
        }
    }
}

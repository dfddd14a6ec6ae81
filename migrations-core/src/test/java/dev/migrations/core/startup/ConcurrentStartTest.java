package dev.migrations.core.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.startup.SharedDatabase.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight JVMs start the same application against one fresh database at the same moment, round after round: each
 * process builds a new facade (its own connection, its own lock) and runs the production {@code start()} with the
 * same scripts. The lock must let exactly one of them apply the revisions, each exactly once, while the others say
 * that they wait and then find nothing to do; no process fails.
 *
 * <p>The eight JVMs are started once per database and then start the application once per round, all released in
 * the same millisecond; their first round is a cold JVM's start (classes loaded, drivers initialised, SQLite's native
 * library unpacked), the later ones a warm JVM's, which reaches the lock faster and so races harder. With
 * {@code -Dmigrations.startup.freshJvms=true} every round starts eight new JVMs instead (about 1.5 s more per round
 * on two cores).
 */
class ConcurrentStartTest {

    static final int PROCESSES = 8;
    /** Rounds per database; {@code -Dmigrations.startup.rounds=…} runs more. */
    static final int ROUNDS = Integer.getInteger("migrations.startup.rounds", 20);
    static final boolean FRESH_JVMS = Boolean.getBoolean("migrations.startup.freshJvms");
    private static final int FILLER_ROWS = 20_000;
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eightProcessesStartingAtOnceApplyEachRevisionExactlyOnce(Kind kind) throws Exception {
        RevisionFiles scripts = scripts(kind);
        List<String> revisions = IntStream.rangeClosed(1, scripts.count()).mapToObj(RevisionFiles::id).toList();
        Stats stats = new Stats();
        long started = System.nanoTime();
        List<Child> workers = new ArrayList<>();
        try {
            if (!FRESH_JVMS) {
                long t0 = System.nanoTime();
                for (int i = 0; i < PROCESSES; i++) {
                    workers.add(Child.serving(scripts.folder(), 120));
                }
                awaitReady(workers);
                stats.spawnMs += (System.nanoTime() - t0) / 1_000_000;
            }
            for (int round = 1; round <= ROUNDS; round++) {
                try (SharedDatabase db = SharedDatabase.create(kind, dir)) {
                    List<List<String>> outputs = FRESH_JVMS ? freshRound(db, scripts, stats)
                            : workerRound(db, workers, round, stats);
                    check(db, round, outputs, revisions, stats);
                }
            }
        } finally {
            for (Child worker : workers) {
                worker.close();
            }
        }
        System.out.printf("[concurrent start] %s: %d rounds of %d processes (%s) in %d ms: JVM start %d ms%s, "
                        + "the start-ups of a round %d ms on average, the slowest round %d ms; %d of the %d "
                        + "processes that applied nothing said that they waited for the lock%n",
                kind, ROUNDS, PROCESSES, FRESH_JVMS ? "new JVMs each round" : "the same JVMs each round",
                (System.nanoTime() - started) / 1_000_000, stats.spawnMs / (FRESH_JVMS ? ROUNDS : 1),
                FRESH_JVMS ? " per round" : " once", stats.roundMs / ROUNDS, stats.slowestRoundMs, stats.waited,
                ROUNDS * (PROCESSES - 1));
        assertTrue(stats.waited > 0, "processes that find the lock taken say that they wait");
    }

    /** Eight new JVMs, loaded, then released together; returns each one's output. */
    private List<List<String>> freshRound(SharedDatabase db, RevisionFiles scripts, Stats stats) throws Exception {
        List<Child> children = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < PROCESSES; i++) {
                children.add(Child.waiting(db.url(), scripts.folder(), 120));
            }
            awaitReady(children);
            long t1 = System.nanoTime();
            for (Child child : children) {
                child.go();
            }
            for (Child child : children) {
                assertEquals(0, child.waitFor(ROUND_TIMEOUT), () -> db + ": a process failed:\n" + child.output());
            }
            stats.spawnMs += (t1 - t0) / 1_000_000;
            stats.round((System.nanoTime() - t1) / 1_000_000);
            return children.stream().map(Child::lines).toList();
        } finally {
            for (Child child : children) {
                child.close();
            }
        }
    }

    /** The eight long-lived JVMs each start the application on the round's database, released together. */
    private List<List<String>> workerRound(SharedDatabase db, List<Child> workers, int round, Stats stats)
            throws Exception {
        int[] marks = workers.stream().mapToInt(Child::mark).toArray();
        long t0 = System.nanoTime();
        for (Child worker : workers) {
            worker.go(db.url());
        }
        for (Child worker : workers) {
            assertTrue(worker.awaitLine("END"::equals, round, ROUND_TIMEOUT), () -> db + ", round " + round
                    + ": a process did not finish:\n" + worker.output());
        }
        stats.round((System.nanoTime() - t0) / 1_000_000);
        List<List<String>> outputs = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            outputs.add(workers.get(i).linesSince(marks[i]));
        }
        return outputs;
    }

    private static void awaitReady(List<Child> children) throws InterruptedException {
        for (Child child : children) {
            assertTrue(child.awaitLine("READY"::equals, 1, Duration.ofSeconds(90)), child::output);
        }
    }

    private static void check(SharedDatabase db, int round, List<List<String>> outputs, List<String> revisions,
                              Stats stats) throws Exception {
        String context = db + ", round " + round + ":\n" + String.join("\n----\n",
                outputs.stream().map(o -> String.join("\n", o)).toList());
        List<String> applied = new ArrayList<>();
        int appliers = 0;
        for (List<String> output : outputs) {
            assertTrue(output.stream().noneMatch(l -> l.startsWith("FAILED")), context);
            List<String> done = output.stream().filter(l -> l.startsWith("DONE ")).toList();
            assertEquals(1, done.size(), context);
            String[] parts = done.get(0).split(" ", 3);
            List<String> ids = parts.length < 3 || parts[2].isBlank() ? List.of() : Arrays.asList(parts[2].split(","));
            applied.addAll(ids);
            if (ids.isEmpty()) {
                assertTrue(output.stream().anyMatch(l -> l.startsWith("INFO Nothing to upgrade")), context);
                if (output.stream().anyMatch(l -> l.startsWith("INFO Waiting for the migration lock"))) {
                    stats.waited++;
                }
            } else {
                appliers++;
            }
        }
        assertEquals(1, appliers, context);
        assertEquals(revisions, applied.stream().sorted().toList(), context);
        assertEquals(revisions, db.appliedRevisions(), context);
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5"),
                db.query("SELECT revision FROM applied_log ORDER BY revision"), context);
        assertEquals(List.of(Integer.toString(FILLER_ROWS)), db.query("SELECT count(*) FROM filler"), context);
        assertEquals(List.of("1|Ada|ada@example.org"), db.query("SELECT id, name, email FROM account"), context);
    }

    /** Five revisions; each writes its name to applied_log, one also 20,000 filler rows to hold the lock a while. */
    private RevisionFiles scripts(Kind kind) throws Exception {
        RevisionFiles files = new RevisionFiles(dir.resolve("scripts-" + kind));
        files.add("log and account", """
                CREATE TABLE applied_log (revision VARCHAR(20) NOT NULL);
                CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL);
                INSERT INTO applied_log (revision) VALUES ('r1');
                """, "DROP TABLE account;\nDROP TABLE applied_log;");
        files.add("filler", "CREATE TABLE filler (id INTEGER NOT NULL PRIMARY KEY);\n"
                + kind.insertNumbers("filler", "id", FILLER_ROWS) + ";\n"
                + "INSERT INTO applied_log (revision) VALUES ('r2');", "DROP TABLE filler;");
        files.add("account email", """
                ALTER TABLE account ADD COLUMN email VARCHAR(100);
                INSERT INTO applied_log (revision) VALUES ('r3');
                """, "ALTER TABLE account DROP COLUMN email;");
        files.add("email index", """
                CREATE INDEX ix_account_email ON account (email);
                INSERT INTO applied_log (revision) VALUES ('r4');
                """, "DROP INDEX ix_account_email;");
        files.add("first account", """
                INSERT INTO account (id, name, email) VALUES (1, 'Ada', 'ada@example.org');
                INSERT INTO applied_log (revision) VALUES ('r5');
                """, "DELETE FROM account;");
        return files;
    }

    private static final class Stats {
        long spawnMs;
        long roundMs;
        long slowestRoundMs;
        int waited;

        void round(long ms) {
            roundMs += ms;
            slowestRoundMs = Math.max(slowestRoundMs, ms);
        }
    }
}

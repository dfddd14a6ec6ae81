package dev.migrations.core.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.api.Mode;
import dev.migrations.core.startup.SharedDatabase.Kind;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An application upgrading through forty revisions (every other group of them thousands of rows) is killed with
 * {@code kill -9} at random points, again and again: each start is a new JVM that goes on from where the last one
 * was killed, and is killed itself after a random number of statements, at once or a few milliseconds into the
 * statement, until one reaches head. After every kill the database is compared with a clean upgrade stopped after
 * the revisions the version table records: the catalogue element by element (tables, columns, keys, indexes,
 * foreign keys, checks), the version table's rows and every table's row count.
 *
 * <p>Where a revision and its version row commit together (SQLite, PostgreSQL), every kill must leave exactly such a
 * state, and the next start completes the upgrade: the last one leaves the clean database. Where each DDL statement
 * commits by itself (H2, MariaDB), a revision runs statement by statement under a mark that counts its completed
 * statements in the commit of each statement that changes rows: a kill there leaves the revision not recorded,
 * maybe half applied, and marked; then the next start must refuse with the catalogued message ({@code RUN-004})
 * that names the revision, what ran and the way out, and run nothing. The test then takes that way out (it runs by
 * hand the statements from the first one not counted, where those that already ran fail first, and stamps the
 * revision), compares with the clean state, and the chain goes on. A kill between revisions behaves as on the
 * others.
 *
 * <p>Servers finish the statement a killed client was running before they notice it is gone, so each comparison
 * waits until the killed process's sessions have ended.
 */
class KilledMidUpgradeTest {

    /** Kills per database; {@code -Dmigrations.startup.kills=…} runs more. */
    static final int KILLS = Integer.getInteger("migrations.startup.kills", 30);
    /** The random points; {@code -Dmigrations.startup.seed=…} replays a run. */
    static final long SEED = Long.getLong("migrations.startup.seed", System.nanoTime());
    private static final int REVISIONS = 40;
    /** A process is killed after 1 to this many statements of its own. */
    private static final int MAX_STATEMENTS_PER_LIFE = 8;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aProcessKilledAtRandomPointsOfALongUpgradeLeavesAStateTheNextStartContinuesFrom(Kind kind)
            throws Exception {
        RevisionFiles scripts = longUpgrade(kind);
        long started = System.nanoTime();
        long t0 = System.nanoTime();
        List<Snapshot> reference = referenceStates(kind, scripts);
        long referenceMs = (System.nanoTime() - t0) / 1_000_000;

        Random random = new Random(SEED + kind.ordinal());
        int kills = 0;
        int chains = 0;
        int atEdge = 0;
        int reachedHead = 0;
        int halfApplied = 0;
        int unchangedMarks = 0;
        List<String> refusals = new ArrayList<>();
        while (kills < KILLS) {
            chains++;
            try (SharedDatabase db = SharedDatabase.create(kind, dir)) {
                while (true) {
                    int statements = 1 + random.nextInt(MAX_STATEMENTS_PER_LIFE);
                    int delayMs = random.nextInt(20);
                    Child child = Child.once(db.url(), scripts.folder(), 60);
                    boolean killed;
                    try {
                        killed = child.awaitLine(l -> l.startsWith("DEBUG   line "), statements,
                                Duration.ofSeconds(120));
                        if (killed) {
                            Thread.sleep(delayMs);
                            killed = !child.lines().contains("END");
                        }
                    } finally {
                        child.kill();
                    }
                    String where = kind + ", chain " + chains + ", kill " + (kills + 1) + " after " + statements
                            + " statements + " + delayMs + " ms (seed " + SEED + "); the process's last lines: "
                            + tail(child.lines());
                    if (!killed) {
                        // it reached head before its kill point
                        assertTrue(child.lines().stream().anyMatch(l -> l.startsWith("DONE ")), where);
                        reference.get(REVISIONS).assertSame(Snapshot.of(db), where);
                        reachedHead++;
                        break;
                    }
                    kills++;
                    db.awaitNoOtherSessions(Duration.ofSeconds(60));
                    Snapshot after = Snapshot.of(db);
                    Snapshot recorded = reference.get(after.versions().size());
                    assertEquals(recorded.versions(), after.versions(), where + ": the version table");
                    List<String> marks = db.progressMarks();
                    if (marks.isEmpty()) {
                        String difference = recorded.difference(after);
                        assertTrue(difference.isEmpty(), () -> where + ": the database differs from the clean one "
                                + "after the recorded revisions: " + difference);
                        atEdge++;
                        if (kills >= KILLS) {
                            start(db, scripts);
                            reference.get(REVISIONS).assertSame(Snapshot.of(db), where + ", then a last start");
                            reachedHead++;
                            break;
                        }
                        continue;   // the next process goes on from here
                    }
                    // only a revision run statement by statement leaves a mark: where DDL commits by itself
                    assertTrue(!kind.transactionalDdl(), () -> where + ": a mark " + marks);
                    int revision = after.versions().size() + 1;
                    String[] mark = marks.get(0).split("\\|");
                    assertEquals(RevisionFiles.id(revision), mark[0], where + ": the mark " + marks);
                    boolean changed = !recorded.difference(after).isEmpty();
                    if (changed) {
                        halfApplied++;
                    } else {
                        unchangedMarks++;
                    }
                    refusal(db, scripts, RevisionFiles.id(revision), where);
                    refusals.add(RevisionFiles.id(revision) + " after " + mark[1] + " of " + mark[2] + " statements"
                            + (changed ? "" : " (nothing of it in effect yet)"));
                    // the way out the message gives: finish the remaining statements by hand, then stamp
                    finishByHand(db, scripts, revision, Integer.parseInt(mark[1]));
                    Migrations.configure().url(db.url()).scriptLocation(scripts.folder()).load()
                            .stamp(RevisionFiles.id(revision), false);
                    reference.get(revision).assertSame(Snapshot.of(db), where + ", finished by hand and stamped");
                    assertEquals(List.of(), db.progressMarks(), where + ": the stamp clears the mark");
                    if (kills >= KILLS) {
                        start(db, scripts);
                        reference.get(REVISIONS).assertSame(Snapshot.of(db), where + ", then a last start");
                        reachedHead++;
                        break;
                    }
                }
            }
        }
        System.out.printf("[killed mid-upgrade] %s: %d kills in %d chains, %d s (seed %d; %d revisions; the clean "
                        + "states after each revision read in %d ms): %d left the state after the recorded revisions "
                        + "and the next process went on; %d left a revision half applied and %d a revision marked "
                        + "whose running statement had changed nothing yet: the next start refused both (RUN-004), "
                        + "and finishing the statements by hand and stamping gave the clean state; %d chains reached "
                        + "head with the clean database%n",
                kind, kills, chains, (System.nanoTime() - started) / 1_000_000_000, SEED, REVISIONS, referenceMs,
                atEdge, halfApplied, unchangedMarks, reachedHead);
        if (!refusals.isEmpty()) {
            System.out.println("[killed mid-upgrade]   " + kind + " refused: " + String.join("; ", refusals));
        }
        if (kind.transactionalDdl()) {
            assertEquals(KILLS, atEdge);
        }
    }

    /**
     * Runs the statements of a marked revision that its killed process had not completed, as a user would by hand,
     * from the first one the mark does not count: those the message says may have run did so in order, so the ones
     * that fail now because they already ran come first; once one runs, every later one must run.
     */
    private static void finishByHand(SharedDatabase db, RevisionFiles scripts, int revision, int done)
            throws Exception {
        Path file;
        try (var files = Files.list(scripts.folder())) {
            file = files.filter(f -> f.getFileName().toString().startsWith(RevisionFiles.id(revision)))
                    .findFirst().orElseThrow();
        }
        List<String> statements = Files.readString(file).split("-- migrate:downgrade")[0]
                .split("-- migrate:upgrade")[1].lines().map(String::strip).filter(l -> l.endsWith(";"))
                .map(l -> l.substring(0, l.length() - 1)).toList();
        try (java.sql.Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            boolean ranOne = false;
            for (int i = done; i < statements.size(); i++) {
                try {
                    s.execute(statements.get(i));
                    ranOne = true;
                } catch (SQLException alreadyDone) {
                    if (ranOne) {
                        throw alreadyDone;
                    }
                }
            }
        }
    }

    /**
     * The next start on a revision a killed process left marked: it must refuse, naming the revision, what ran and
     * the way out, and run nothing.
     */
    private static MigrationsException refusal(SharedDatabase db, RevisionFiles scripts, String revision,
                                               String where) throws Exception {
        List<String> before = db.appliedRevisions();
        try {
            start(db, scripts);
        } catch (MigrationFailedException e) {
            String message = e.getMessage();
            assertEquals("RUN-004", e.id(), where + ": " + message);
            assertTrue(message.contains("The upgrade of revision " + revision), message);
            assertTrue(message.contains("was interrupted in an earlier run"), message);
            assertTrue(message.contains("may have run"), message);
            assertTrue(message.contains("the revision is NOT recorded"), message);
            assertTrue(message.contains("either finish the remaining statements and run the stamp command with "
                    + "target=" + revision), message);
            assertEquals(before, db.appliedRevisions(), where);
            return e;
        }
        throw new AssertionError(where + ": the next start ran over a revision a killed process left marked");
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 3), lines.size());
    }

    private static void start(SharedDatabase db, RevisionFiles scripts) {
        Migrations.configure().url(db.url()).scriptLocation(scripts.folder()).mode(Mode.PRODUCTION)
                .lockTimeout(Duration.ofSeconds(60)).load().start();
    }

    /** A clean upgrade, one revision at a time: the database after 0, 1, …, 40 revisions. */
    private List<Snapshot> referenceStates(Kind kind, RevisionFiles scripts) throws Exception {
        List<Snapshot> states = new ArrayList<>();
        try (SharedDatabase clean = SharedDatabase.create(kind, dir)) {
            states.add(Snapshot.of(clean));
            Migrations migrations = Migrations.configure().url(clean.url()).scriptLocation(scripts.folder()).load();
            for (int r = 1; r <= REVISIONS; r++) {
                migrations.upgrade(RevisionFiles.id(r));
                states.add(Snapshot.of(clean));
            }
        }
        for (int r = 1; r <= REVISIONS; r++) {
            assertNotEquals(states.get(r - 1), states.get(r), "every revision changes the database");
        }
        return states;
    }

    /**
     * Forty revisions in eight groups of five: a table with an index; rows (8,000 in every other group) and an
     * update of all of them; a column added and filled; a child table with a foreign key, rows and an index; a
     * unique index and a delete. 88 statements.
     */
    private RevisionFiles longUpgrade(Kind kind) throws Exception {
        RevisionFiles files = new RevisionFiles(dir.resolve("scripts-" + kind));
        for (int g = 0; g < REVISIONS / 5; g++) {
            String t = "t" + g;
            String c = "c" + g;
            int rows = g % 2 == 0 ? 8_000 : 1_500;
            files.add(t + " table", "CREATE TABLE " + t + " (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40), "
                    + "amount INTEGER);\nCREATE INDEX ix_" + t + "_name ON " + t + " (name);", "DROP TABLE " + t + ";");
            files.add(t + " rows", kind.insertNumbers(t, "id", rows) + ";\nUPDATE " + t + " SET amount = id * 3, "
                    + "name = 'row';", "DELETE FROM " + t + ";");
            files.add(t + " note", "ALTER TABLE " + t + " ADD COLUMN note VARCHAR(30);\nUPDATE " + t
                    + " SET note = 'early' WHERE id <= 100;", "ALTER TABLE " + t + " DROP COLUMN note;");
            files.add(c + " table", "CREATE TABLE " + c + " (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER NOT NULL, "
                    + "CONSTRAINT fk_" + c + "_" + t + " FOREIGN KEY (t_id) REFERENCES " + t + " (id));\n"
                    + "INSERT INTO " + c + " (id, t_id) SELECT id, id FROM " + t + " WHERE id <= 500;\n"
                    + "CREATE INDEX ix_" + c + "_t ON " + c + " (t_id, id);", "DROP TABLE " + c + ";");
            files.add(t + " unique", "CREATE UNIQUE INDEX ux_" + t + "_amount ON " + t + " (amount);\n"
                    + "DELETE FROM " + t + " WHERE id > " + (rows - 1_000) + ";", "DROP INDEX ux_" + t + "_amount;");
        }
        return files;
    }

    /** What the comparison covers: the catalogue, the version table's rows, each table's row count. */
    record Snapshot(Schema schema, List<String> versions, Map<String, String> rowCounts) {

        static Snapshot of(SharedDatabase db) throws Exception {
            Schema schema = db.schema();
            Map<String, String> counts = new LinkedHashMap<>();
            for (Table table : schema.tables()) {
                counts.put(table.name(), db.query("SELECT count(*) FROM " + table.name()).get(0));
            }
            List<String> versions;
            try {
                versions = db.appliedRevisions();
            } catch (SQLException noTableYet) {
                versions = List.of();
            }
            return new Snapshot(schema, versions, counts);
        }

        /** Fails with the first element that differs. */
        void assertSame(Snapshot other, String where) {
            String difference = difference(other);
            assertTrue(difference.isEmpty(), () -> where + ": " + difference);
            assertEquals(this, other, where);
        }

        /** The first element that differs, or an empty text. */
        String difference(Snapshot other) {
            if (!versions.equals(other.versions)) {
                return "version table " + versions + " != " + other.versions;
            }
            List<String> names = schema.tables().stream().map(Table::name).toList();
            List<String> otherNames = other.schema.tables().stream().map(Table::name).toList();
            if (!names.equals(otherNames)) {
                return "tables " + names + " != " + otherNames;
            }
            for (int i = 0; i < names.size(); i++) {
                Table a = schema.tables().get(i);
                Table b = other.schema.tables().get(i);
                Map<String, Object[]> parts = new LinkedHashMap<>();
                parts.put("columns", new Object[] {a.columns(), b.columns()});
                parts.put("primary key", new Object[] {a.primaryKey(), b.primaryKey()});
                parts.put("unique constraints", new Object[] {a.uniqueConstraints(), b.uniqueConstraints()});
                parts.put("indexes", new Object[] {a.indexes(), b.indexes()});
                parts.put("foreign keys", new Object[] {a.foreignKeys(), b.foreignKeys()});
                parts.put("checks", new Object[] {a.checks(), b.checks()});
                for (Map.Entry<String, Object[]> part : parts.entrySet()) {
                    if (!part.getValue()[0].equals(part.getValue()[1])) {
                        return part.getKey() + " of " + a.name() + ": " + part.getValue()[0] + " != "
                                + part.getValue()[1];
                    }
                }
                if (!a.equals(b)) {
                    return "table " + a.name() + ": " + a + " != " + b;
                }
            }
            if (!schema.equals(other.schema)) {
                return "catalogue (sequences) " + schema + " != " + other.schema;
            }
            if (!rowCounts.equals(other.rowCounts)) {
                return "row counts " + rowCounts + " != " + other.rowCounts;
            }
            return "";
        }
    }
}

package dev.migrations.benchmarks;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.database.Databases;
import dev.migrations.core.diff.Change;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long autogenerate takes on a large database: for each database (a SQLite file, an in-memory H2) and each
 * table count, creates {@link AutogenerateWorkload}'s tables, writes a model with ten changes, checks that the
 * facade's autogenerate finds exactly those changes, then runs {@link PhasedAutogenerate} (warm-up runs, then
 * measured runs) and prints the median wall and process CPU time of reading, diffing and planning, writing the
 * revision, their total, and the peak heap; last, a table of all sizes with the CPU time per table, to show how
 * each phase grows.
 *
 * <pre>
 * mvn -B -q -pl migrations-benchmarks -am package -DskipTests
 * java -Xmx2g -cp "migrations-benchmarks/target/migrations-benchmarks-0.1.0-SNAPSHOT.jar:migrations-benchmarks/target/lib/*" \
 *     dev.migrations.benchmarks.AutogenerateBenchmark --tables 250,500,1000,2000 --warmup 2 --runs 5
 * </pre>
 */
public final class AutogenerateBenchmark {

    private static final long SEED = 42L;

    private AutogenerateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf(Locale.ROOT, "autogenerate: tables %s; %d warm-up and %d measured runs; %d processors; "
                        + "max heap %d MiB; JDK %s; load average %s%n", options.tables(), options.warmup(),
                options.runs(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), loadAverage());
        Path work = Files.createTempDirectory("migrations-autogenerate-benchmark");
        List<Row> rows = new ArrayList<>();
        try {
            for (String database : options.databases()) {
                for (int tables : options.tables()) {
                    rows.add(measure(database, tables, options, work.resolve(database + "-" + tables)));
                }
            }
        } finally {
            deleteTree(work);
        }
        System.out.printf(Locale.ROOT, "%nmedians, wall time / process CPU time (load average now %s)%n",
                loadAverage());
        System.out.printf(Locale.ROOT, "%-7s %6s %17s %17s %17s %17s %9s %19s%n", "db", "tables", "read",
                "diff+plan", "write", "total", "peak heap", "total/table (cpu)");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-7s %6d %17s %17s %17s %17s %5d MiB %16d µs%n", r.database(),
                    r.tables(), pair(r.wall().read(), r.cpu().read()), pair(r.wall().diff(), r.cpu().diff()),
                    pair(r.wall().write(), r.cpu().write()), pair(r.wall().total(), r.cpu().total()),
                    r.peakHeap() >> 20, r.cpu().total() / 1000 / r.tables());
        }
    }

    private static String pair(long wallNanos, long cpuNanos) {
        return String.format(Locale.ROOT, "%d / %d ms", wallNanos / 1_000_000, cpuNanos / 1_000_000);
    }

    /** The medians of one database at one size. */
    private record Row(String database, int tables, PhasedAutogenerate.Phases wall, PhasedAutogenerate.Phases cpu,
                       long peakHeap) {
    }

    /** Every measured run's phases, wall or CPU. */
    private static final class Samples {
        final List<Long> read = new ArrayList<>();
        final List<Long> diff = new ArrayList<>();
        final List<Long> write = new ArrayList<>();

        void add(PhasedAutogenerate.Phases phases) {
            read.add(phases.read());
            diff.add(phases.diff());
            write.add(phases.write());
        }

        /** Each phase's median; their sum is the total reported. */
        PhasedAutogenerate.Phases medians() {
            return new PhasedAutogenerate.Phases(median(read), median(diff), median(write));
        }
    }

    private static Row measure(String database, int tables, Options options, Path dir) throws Exception {
        Files.createDirectories(dir);
        Schema schema = AutogenerateWorkload.database(tables, SEED);
        AutogenerateWorkload.Changed changed = AutogenerateWorkload.withTenChanges(schema);
        String url = database.equals("sqlite")
                ? "jdbc:sqlite:" + dir.resolve("bench.sqlite3")
                : "jdbc:h2:mem:autogenerate_bench_" + tables + ";DB_CLOSE_DELAY=-1";
        // an in-memory H2 lives while a connection is open; SQLite needs none, but holding one costs nothing
        try (Connection holder = DriverManager.getConnection(url)) {
            long start = System.nanoTime();
            int statements = WorkloadDatabase.create(holder, Databases.forUrl(url).dialect(), schema);
            System.out.printf(Locale.ROOT, "%n%s, %d tables: created with %d statements in %d ms%n", database,
                    tables, statements, (System.nanoTime() - start) / 1_000_000);
            List<String> viaFacade = autogenerateViaFacade(url, changed.model(), dir);
            PhasedAutogenerate phased = new PhasedAutogenerate(url, changed.model());
            Samples wall = new Samples();
            Samples cpu = new Samples();
            long peak = 0;
            for (int run = 0; run < options.warmup() + options.runs(); run++) {
                Path scripts = dir.resolve("scripts-" + run);
                Migrations migrations = Migrations.configure().url(url).scriptLocation(scripts)
                        .listener(MigrationListener.SILENT).load();
                HeapPeak.reset();
                PhasedAutogenerate.Result r = phased.run(migrations);
                long heap = HeapPeak.bytes();
                check(r, tables, viaFacade);
                deleteTree(scripts);
                boolean measured = run >= options.warmup();
                System.out.printf(Locale.ROOT, "  %s %d (wall / cpu): read %s, diff+plan %s, write %s, total %s, "
                                + "peak heap %d MiB%n", measured ? "run" : "warm-up",
                        measured ? run - options.warmup() + 1 : run + 1, pair(r.wall().read(), r.cpu().read()),
                        pair(r.wall().diff(), r.cpu().diff()), pair(r.wall().write(), r.cpu().write()),
                        pair(r.wall().total(), r.cpu().total()), heap >> 20);
                if (measured) {
                    wall.add(r.wall());
                    cpu.add(r.cpu());
                    peak = Math.max(peak, heap);
                }
            }
            if (database.equals("h2")) {
                try (Statement s = holder.createStatement()) {
                    s.execute("shutdown");
                }
            }
            return new Row(database, tables, wall.medians(), cpu.medians(), peak);
        }
    }

    /** The changes {@code mvn migrations:revision -Dmigrations.autogenerate} reports for this model. */
    private static List<String> autogenerateViaFacade(String url, Schema model, Path dir) throws IOException {
        Path modelJson = dir.resolve("model.json");
        Files.writeString(modelJson, ModelJson.write(model), StandardCharsets.UTF_8);
        Path scripts = dir.resolve("scripts-facade");
        RevisionResult result = Migrations.configure().url(url).scriptLocation(scripts)
                .listener(MigrationListener.SILENT).load()
                .revision(RevisionRequest.of("benchmark changes").withAutogenerate(ModelSource.file(modelJson)));
        if (!result.written() || result.changes().size() != AutogenerateWorkload.CHANGES) {
            throw new IllegalStateException("[BENCH-003] the facade's autogenerate found " + result.changes().size()
                    + " changes, expected " + AutogenerateWorkload.CHANGES + ": " + result.changes()
                    + "; run AutogenerateWorkloadTest to see which change the diff misses or adds");
        }
        deleteTree(scripts);
        return result.changes();
    }

    /** Every run must read every table and find the facade's changes, or its time means nothing. */
    private static void check(PhasedAutogenerate.Result r, int tables, List<String> viaFacade) {
        List<String> found = r.changes().stream().map(Change::description).toList();
        if (r.tablesRead() != tables || !found.equals(viaFacade) || !r.written().written()) {
            throw new IllegalStateException("[BENCH-003] the timed autogenerate read " + r.tablesRead() + " of "
                    + tables + " tables and found " + found + "; the facade found " + viaFacade
                    + ". PhasedAutogenerate no longer does what the facade does: align it with SchemaComparison");
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.notExists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Command-line options: {@code --tables 250,500,1000 --databases sqlite,h2 --warmup N --runs N}. */
    record Options(List<Integer> tables, List<String> databases, int warmup, int runs) {

        static Options parse(String[] args) {
            List<Integer> tables = List.of(250, 500, 1000);
            List<String> databases = List.of("sqlite", "h2");
            int warmup = 2;
            int runs = 5;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--tables" -> tables = tableCounts(value);
                    case "--databases" -> databases = databases(value);
                    case "--warmup" -> warmup = nonNegative(args[i], value);
                    case "--runs" -> runs = positive(args[i], value);
                    default -> throw new IllegalArgumentException("[BENCH-002] unknown option '" + args[i]
                            + "'; use --tables N,N,…, --databases sqlite,h2, --warmup N and --runs N");
                }
                i++;
            }
            return new Options(tables, databases, warmup, runs);
        }

        private static List<Integer> tableCounts(String value) {
            List<Integer> counts = new ArrayList<>();
            for (String part : (value == null ? "" : value).split(",", -1)) {
                int n = nonNegative("--tables", part.strip());
                if (n < AutogenerateWorkload.MINIMUM_TABLES) {
                    throw new IllegalArgumentException("[BENCH-002] --tables " + n + " is too few: the ten changes "
                            + "need at least " + AutogenerateWorkload.MINIMUM_TABLES + " tables");
                }
                counts.add(n);
            }
            return List.copyOf(counts);
        }

        private static int positive(String option, String value) {
            int n = nonNegative(option, value);
            if (n == 0) {
                throw new IllegalArgumentException("[BENCH-002] " + option + " needs a number above 0");
            }
            return n;
        }

        private static int nonNegative(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("[BENCH-002] " + option + " needs a whole number, got '"
                        + value + "'");
            }
        }

        private static List<String> databases(String value) {
            List<String> out = new ArrayList<>();
            for (String part : (value == null ? "" : value).split(",", -1)) {
                String name = part.strip().toLowerCase(Locale.ROOT);
                if (!name.equals("sqlite") && !name.equals("h2")) {
                    throw new IllegalArgumentException("[BENCH-002] --databases takes sqlite, h2 or both "
                            + "(sqlite,h2), got '" + part + "'");
                }
                out.add(name);
            }
            return List.copyOf(out);
        }
    }
}

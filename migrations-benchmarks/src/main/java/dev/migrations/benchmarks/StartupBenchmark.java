package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The start-up path side by side: applying {@code N} revisions to an empty database, then the no-op upgrade every
 * later application start runs, for the project's runtime API, Flyway and raw JDBC (see {@link StartupSide}), on
 * SQLite, PostgreSQL and MariaDB, for several {@code N}.
 *
 * <p>Each run gives every side a fresh empty database, in an order that rotates from run to run so that drift in
 * the machine's load hits every side alike; a side applies all revisions (timed), then upgrades again
 * {@code --noops} times with nothing to do (each timed). Warm-up runs come first and are not counted. It prints
 * every run, then for each database and {@code N} the medians and the ratios the targets are judged on: our
 * apply against raw JDBC's, our no-op against Flyway's.
 *
 * <p>With {@code --cold} every command runs in a fresh JVM instead ({@link StartupChild}), as an application
 * start does: the parent prepares the database, starts the child, and reports the child's own time for the
 * command (class loading included) and the whole process's wall time (JVM start included). The project's
 * scripts are then on the child's class path itself, as in a packaged application.
 *
 * <pre>
 * mvn -B -q -pl migrations-benchmarks -am package -DskipTests
 * java -cp "migrations-benchmarks/target/migrations-benchmarks-0.1.0-SNAPSHOT.jar:migrations-benchmarks/target/lib/*" \
 *     dev.migrations.benchmarks.StartupBenchmark --revisions 100,500,2000 --databases sqlite,postgresql,mariadb
 * </pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf(Locale.ROOT, "start-up: %s; revisions %s; databases %s; sides %s; %d warm-up and %d "
                        + "measured runs%s; our scripts in a %s on the class path, Flyway's %s; %d "
                        + "processors; JDK %s; work folder %s; load average %s%n",
                options.cold() ? "a fresh JVM per command" : "one JVM", options.revisions(), labels(options),
                options.sides(), options.warmup(), options.runs(),
                options.cold() ? "" : ", " + options.noops() + " no-ops per run", options.scripts(),
                options.flyway().equals("classpath") ? "packaged the same way" : "in a folder (filesystem:)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                options.work() == null ? System.getProperty("java.io.tmpdir") : options.work(), loadAverage());
        for (StartupDatabase database : options.databases()) {
            System.out.printf(Locale.ROOT, "%s: %s%n", database.label(), database.version());
        }
        Path work = options.work() == null ? Files.createTempDirectory("migrations-startup-benchmark")
                : Files.createTempDirectory(Files.createDirectories(options.work()), "migrations-startup-benchmark");
        List<Summary> summaries = new ArrayList<>();
        try {
            for (StartupDatabase database : options.databases()) {
                for (int count : options.revisions()) {
                    summaries.add(measure(database, count, options, work.resolve(database.label() + "-" + count)));
                }
            }
        } finally {
            deleteTree(work);
        }
        report(summaries, options);
    }

    private static String labels(Options options) {
        return options.databases().stream().map(StartupDatabase::label).toList().toString();
    }

    /**
     * Every measured sample of one database at one size, nanoseconds per side: the command's wall time, and its
     * process CPU time (in one JVM) or the whole child process's wall time ({@code --cold}).
     */
    private record Summary(StartupDatabase database, int count, Map<StartupSide, List<Long>> apply,
                           Map<StartupSide, List<Long>> noop, Map<StartupSide, List<Long>> applyCpu,
                           Map<StartupSide, List<Long>> noopCpu, String loadBefore, String loadAfter) {
    }

    private static Summary measure(StartupDatabase database, int count, Options options, Path dir)
            throws Exception {
        List<StartupWorkload.Revision> revisions = StartupWorkload.revisions(count);
        Path jar = dir.resolve("scripts.jar");
        Path folder = dir.resolve("classes");
        Path flywayJar = dir.resolve("flyway.jar");
        Path flywayClasses = dir.resolve("flyway-classes");
        Path flywayFolder = dir.resolve("flyway");
        StartupWorkload.writeJar(revisions, jar);
        StartupWorkload.writeOurs(revisions, folder.resolve(StartupWorkload.CLASSPATH_FOLDER));
        StartupWorkload.writeFlywayJar(revisions, flywayJar);
        StartupWorkload.writeFlyway(revisions, flywayClasses.resolve(StartupWorkload.FLYWAY_CLASSPATH_FOLDER));
        StartupWorkload.writeFlyway(revisions, flywayFolder);
        boolean jars = options.scripts().equals("jar");
        Path oursRoot = jars ? jar : folder;
        boolean flywayClasspath = options.flyway().equals("classpath");
        Path flywayRoot = flywayClasspath ? (jars ? flywayJar : flywayClasses) : null;
        String flyway = flywayClasspath ? "classpath:" + StartupWorkload.FLYWAY_CLASSPATH_FOLDER
                : "filesystem:" + flywayFolder;
        String loadBefore = loadAverage();
        System.out.printf(Locale.ROOT, "%n%s, %d revisions (load average %s)%n", database.label(), count,
                loadBefore);
        Map<StartupSide, List<Long>> apply = samples(options);
        Map<StartupSide, List<Long>> noop = samples(options);
        Map<StartupSide, List<Long>> applyCpu = samples(options);
        Map<StartupSide, List<Long>> noopCpu = samples(options);
        ClassLoader parent = StartupBenchmark.class.getClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {oursRoot.toUri().toURL()}, parent);
             URLClassLoader flywayLoader = new URLClassLoader(flywayRoot == null ? new URL[0]
                     : new URL[] {flywayRoot.toUri().toURL()}, parent)) {
            StartupSide.Scripts scripts = new StartupSide.Scripts(loader, flywayLoader, flyway, revisions);
            List<StartupSide> sides = options.sides();
            boolean warnedUnsettled = false;
            for (int run = 0; run < options.warmup() + options.runs(); run++) {
                boolean measured = run >= options.warmup();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s %d:",
                        measured ? "run" : "warm-up", measured ? run - options.warmup() + 1 : run + 1));
                for (int k = 0; k < sides.size(); k++) {
                    StartupSide side = sides.get((run + k) % sides.size());
                    String name = "mig_bench_" + side.label();
                    String url = database.create(name, dir);
                    String unsettled = database.settle();
                    if (unsettled != null && !warnedUnsettled) {
                        System.out.printf(Locale.ROOT, "  (the server could not be settled between sides: %s)%n",
                                unsettled);
                        warnedUnsettled = true;
                    }
                    try {
                        Timing applied = options.cold()
                                ? StartupChild.run(side, database, url, "apply", oursRoot, flywayRoot, flyway,
                                        count)
                                : inProcess(side, database, url, scripts, count);
                        requireTables(database, url, count, side);
                        line.append(String.format(Locale.ROOT, "  %s apply %s", side.label(), applied));
                        if (measured) {
                            apply.get(side).add(applied.nanos());
                            applyCpu.get(side).add(options.cold() ? applied.processNanos() : applied.cpuNanos());
                        }
                        if (side != StartupSide.RAW) {
                            int noops = options.cold() ? 1 : options.noops();
                            for (int i = 0; i < noops; i++) {
                                Timing nothing = options.cold()
                                        ? StartupChild.run(side, database, url, "noop", oursRoot, flywayRoot,
                                                flyway, 0)
                                        : inProcess(side, database, url, scripts, 0);
                                line.append(String.format(Locale.ROOT, i == 0 ? ", no-op %s" : " %s", nothing));
                                if (measured) {
                                    noop.get(side).add(nothing.nanos());
                                    noopCpu.get(side).add(options.cold() ? nothing.processNanos() : nothing.cpuNanos());
                                }
                            }
                            requireTables(database, url, count, side);
                        }
                    } finally {
                        database.drop(name, dir);
                    }
                }
                System.out.println(line);
            }
        }
        return new Summary(database, count, apply, noop, applyCpu, noopCpu, loadBefore, loadAverage());
    }

    private static Map<StartupSide, List<Long>> samples(Options options) {
        Map<StartupSide, List<Long>> map = new EnumMap<>(StartupSide.class);
        options.sides().forEach(side -> map.put(side, new ArrayList<>()));
        return map;
    }

    /**
     * One command's time: the in-process nanoseconds of the command (wall), and the process CPU time in the same
     * JVM, or, for a fresh JVM, the wall time of the whole process.
     */
    record Timing(long nanos, long cpuNanos, long processNanos) {
        @Override
        public String toString() {
            return processNanos > 0 ? String.format(Locale.ROOT, "%.1f ms (process %.0f ms)", nanos / 1e6,
                    processNanos / 1e6)
                    : String.format(Locale.ROOT, "%.1f ms (cpu %.0f ms)", nanos / 1e6, cpuNanos / 1e6);
        }
    }

    private static Timing inProcess(StartupSide side, StartupDatabase database, String url,
                                    StartupSide.Scripts scripts, int expected) throws Exception {
        System.gc();
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        int applied = side.upgrade(database, url, scripts);
        long nanos = System.nanoTime() - start;
        long cpuNanos = ProcessCpu.nanos() - cpu;
        requireApplied(side, applied, expected);
        return new Timing(nanos, cpuNanos, 0);
    }

    static void requireApplied(StartupSide side, int applied, int expected) {
        if (applied != expected) {
            throw new IllegalStateException("[BENCH-005] " + side.label() + " applied " + applied
                    + " revisions where " + expected + " were pending; its time means nothing");
        }
    }

    private static void requireTables(StartupDatabase database, String url, int count, StartupSide side)
            throws Exception {
        int tables = database.benchTables(url);
        if (tables != count) {
            throw new IllegalStateException("[BENCH-005] after " + side.label() + " the database holds " + tables
                    + " benchmark tables, not " + count);
        }
    }

    private static void report(List<Summary> summaries, Options options) {
        String unit = options.cold() ? "ms, the child's own time for the command (the whole process)"
                : "ms, wall [the JVM's CPU time]";
        System.out.printf(Locale.ROOT, "%nmedians (%s); load average now %s%n", unit, loadAverage());
        System.out.printf(Locale.ROOT, "%-10s %5s %-7s %36s %30s%n", "database", "N", "side", "apply", "no-op");
        for (Summary s : summaries) {
            for (StartupSide side : options.sides()) {
                System.out.printf(Locale.ROOT, "%-10s %5d %-7s %36s %30s%n", s.database().label(), s.count(),
                        side.label(), figure(s.apply().get(side), s.applyCpu().get(side), options),
                        side == StartupSide.RAW ? "–" : figure(s.noop().get(side), s.noopCpu().get(side), options));
            }
        }
        System.out.printf(Locale.ROOT, "%nratios of the medians, (median of each run's ratio) (targets: apply ≤ 1.2× "
                + "raw JDBC, no-op ≤ 0.5× Flyway)%n");
        System.out.printf(Locale.ROOT, "%-10s %5s %18s %18s %18s %14s%n", "database", "N", "ours/raw apply",
                "ours/flyway no-op", "flyway/raw apply", "load avg");
        for (Summary s : summaries) {
            System.out.printf(Locale.ROOT, "%-10s %5d %18s %18s %18s %14s%n", s.database().label(), s.count(),
                    ratio(s.apply(), StartupSide.OURS, StartupSide.RAW),
                    ratio(s.noop(), StartupSide.OURS, StartupSide.FLYWAY),
                    ratio(s.apply(), StartupSide.FLYWAY, StartupSide.RAW), s.loadBefore() + " → " + s.loadAfter());
        }
    }

    private static String figure(List<Long> wall, List<Long> cpu, Options options) {
        if (wall == null || wall.isEmpty()) {
            return "–";
        }
        String range = String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", median(wall) / 1e6,
                wall.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                wall.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        return range + " [" + (options.cold() ? "" : "cpu ") + Math.round(median(cpu) / 1e6) + "]";
    }

    /**
     * The ratio of the medians, and in brackets the median of the runs' own ratios (both sides of a run ran one
     * after the other, so a drift of the machine's speed between runs cancels out).
     */
    private static String ratio(Map<StartupSide, List<Long>> samples, StartupSide top, StartupSide bottom) {
        List<Long> a = samples.get(top);
        List<Long> b = samples.get(bottom);
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return "–";
        }
        List<Double> paired = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            paired.add((double) a.get(i) / b.get(i));
        }
        Collections.sort(paired);
        int n = paired.size();
        double pairedMedian = n % 2 == 1 ? paired.get(n / 2) : (paired.get(n / 2 - 1) + paired.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%.2f× (%.2f×)", (double) median(a) / median(b), pairedMedian);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.notExists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String loadAverage() {
        try (InputStream in = Files.newInputStream(Path.of("/proc/loadavg"))) {
            String[] fields = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Command-line options: {@code --revisions 100,500,2000 --databases sqlite,postgresql,mariadb
     * --sides ours,flyway,raw --warmup N --runs N --noops N --scripts jar|folder --flyway classpath|filesystem
     * --cold --work DIR}. {@code --flyway classpath} (the default) packages Flyway's scripts as the project's are
     * ({@code --scripts}) and reads them from {@code classpath:db/migration}, as a packaged application does;
     * {@code filesystem} reads them from a folder.
     */
    record Options(List<Integer> revisions, List<StartupDatabase> databases, List<StartupSide> sides, int warmup,
                   int runs, int noops, String scripts, String flyway, boolean cold, Path work) {

        static Options parse(String[] args) {
            List<Integer> revisions = List.of(100, 500, 2000);
            List<StartupDatabase> databases = StartupDatabase.all();
            List<StartupSide> sides = List.of(StartupSide.values());
            int warmup = 2;
            int runs = 5;
            int noops = 3;
            String scripts = "jar";
            String flyway = "classpath";
            boolean cold = false;
            Path work = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--revisions" -> revisions = split(value).stream().map(v -> positive("--revisions", v))
                            .toList();
                    case "--databases" -> databases = split(value).stream().map(StartupDatabase::parse).toList();
                    case "--sides" -> sides = split(value).stream().map(StartupSide::parse).toList();
                    case "--warmup" -> warmup = nonNegative("--warmup", value);
                    case "--runs" -> runs = positive("--runs", value);
                    case "--noops" -> noops = positive("--noops", value);
                    case "--scripts" -> {
                        if (!"jar".equals(value) && !"folder".equals(value)) {
                            throw new IllegalArgumentException("[BENCH-002] --scripts takes jar or folder");
                        }
                        scripts = value;
                    }
                    case "--flyway" -> {
                        if (!"classpath".equals(value) && !"filesystem".equals(value)) {
                            throw new IllegalArgumentException("[BENCH-002] --flyway takes classpath or filesystem");
                        }
                        flyway = value;
                    }
                    case "--work" -> work = Path.of(value == null ? "" : value);
                    case "--cold" -> {
                        cold = true;
                        i--;
                    }
                    default -> throw new IllegalArgumentException("[BENCH-002] unknown option '" + args[i]
                            + "'; use --revisions N,N,…, --databases sqlite,postgresql,mariadb, --sides "
                            + "ours,flyway,raw, --warmup N, --runs N, --noops N, --scripts jar|folder, --flyway "
                            + "classpath|filesystem, --cold, --work DIR");
                }
                i++;
            }
            return new Options(revisions, databases, sides, warmup, runs, noops, scripts, flyway, cold, work);
        }

        private static List<String> split(String value) {
            return List.of((value == null ? "" : value).split(",", -1));
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
                int n = Integer.parseInt(value == null ? "" : value.strip());
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("[BENCH-002] " + option + " needs a whole number, got '"
                        + value + "'");
            }
        }
    }
}

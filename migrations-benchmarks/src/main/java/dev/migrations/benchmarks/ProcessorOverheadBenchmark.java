package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import dev.migrations.benchmarks.InProcessJavac.Processing;

/**
 * How much longer javac takes with the migrations processor: generates a corpus of entities, compiles it in
 * this JVM in turn with {@code -proc:none}, with no processor on the path, with a no-op processor and with the
 * migrations processor (warm-up runs first, then measured runs in rotating order), and prints each side's median
 * wall time, CPU time of the compiling thread and CPU time of the whole process, its peak heap, and the
 * overheads. {@code --fields-only} compiles entities that hold their mapped fields alone (see
 * {@link EntityCorpus.Style}).
 *
 * <pre>
 * mvn -B -q -pl migrations-benchmarks -am package -DskipTests
 * java -Xmx2g -cp "migrations-benchmarks/target/migrations-benchmarks-0.1.0-SNAPSHOT.jar:migrations-benchmarks/target/lib/*" \
 *     dev.migrations.benchmarks.ProcessorOverheadBenchmark --entities 1000 --warmup 3 --runs 9
 * </pre>
 */
public final class ProcessorOverheadBenchmark {

    private ProcessorOverheadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path work = Files.createTempDirectory("migrations-processor-benchmark");
        try {
            List<Path> sources = EntityCorpus.write(work.resolve("src"), options.entities(), 42L, options.style());
            long lines = 0;
            for (Path source : sources) {
                lines += Files.readAllLines(source).size();
            }
            System.out.printf(Locale.ROOT, "corpus: %s, %d entities, %d source files, %d lines; %d warm-up and %d "
                            + "measured runs per side; %d processors available; max heap %d MiB%n",
                    options.style().name().toLowerCase(Locale.ROOT).replace('_', '-'), options.entities(),
                    sources.size(), lines, options.warmup(), options.runs(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            InProcessJavac javac = new InProcessJavac(sources);
            Path out = work.resolve("classes");
            Processing[] modes = Processing.values();
            for (int i = 0; i < options.warmup(); i++) {
                for (Processing mode : modes) {
                    run(javac, mode, out);
                }
            }
            Map<Processing, Side> sides = new EnumMap<>(Processing.class);
            for (Processing mode : modes) {
                sides.put(mode, new Side());
            }
            for (int i = 0; i < options.runs(); i++) {
                // rotate the order so that drift in the machine's load hits every side alike
                for (int k = 0; k < modes.length; k++) {
                    Processing mode = modes[(i + k) % modes.length];
                    Run r = run(javac, mode, out);
                    sides.get(mode).add(r);
                }
            }
            System.out.printf(Locale.ROOT, "%-30s %12s %12s %12s %10s%n", "", "wall median", "thread cpu",
                    "process cpu", "peak heap");
            for (Processing mode : modes) {
                Side side = sides.get(mode);
                System.out.printf(Locale.ROOT, "%-30s %9d ms %9d ms %9d ms %6d MiB   thread cpu runs %s%n",
                        label(mode), median(side.wall) / 1_000_000, median(side.cpu) / 1_000_000,
                        median(side.processCpu) / 1_000_000, side.peakHeap >> 20, millis(side.cpu));
            }
            Side ours = sides.get(Processing.MIGRATIONS);
            for (Processing baseline : List.of(Processing.NONE, Processing.NOT_ON_PATH, Processing.NO_OP)) {
                Side base = sides.get(baseline);
                System.out.printf(Locale.ROOT, "migrations processor vs %-24s wall %+6.1f%%, thread cpu %+6.1f%%, "
                                + "process cpu %+6.1f%%%n", label(baseline) + ":", percent(ours.wall, base.wall),
                        percent(ours.cpu, base.cpu), percent(ours.processCpu, base.processCpu));
            }
            Side none = sides.get(Processing.NONE);
            Side noOp = sides.get(Processing.NO_OP);
            System.out.printf(Locale.ROOT, "no-op processor vs -proc:none (javac's machinery): thread cpu %+.1f%%, "
                    + "process cpu %+.1f%%%n", percent(noOp.cpu, none.cpu), percent(noOp.processCpu, none.processCpu));
        } finally {
            InProcessJavac.deleteTree(work);
        }
    }

    private static String label(Processing mode) {
        return switch (mode) {
            case NONE -> "javac -proc:none";
            case NOT_ON_PATH -> "javac, no processor on path";
            case NO_OP -> "javac + no-op processor";
            case MIGRATIONS -> "javac + migrations processor";
        };
    }

    private static double percent(List<Long> measured, List<Long> baseline) {
        long b = median(baseline);
        return 100.0 * (median(measured) - b) / b;
    }

    /** The measurements of one side. */
    private static final class Side {
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();
        final List<Long> processCpu = new ArrayList<>();
        long peakHeap;

        void add(Run r) {
            wall.add(r.timing().wallNanos());
            cpu.add(r.timing().cpuNanos());
            processCpu.add(r.timing().processCpuNanos());
            peakHeap = Math.max(peakHeap, r.peakHeap());
        }
    }

    private record Run(InProcessJavac.Timing timing, long peakHeap) {
    }

    private static Run run(InProcessJavac javac, Processing mode, Path out) throws IOException {
        InProcessJavac.deleteTree(out);
        Files.createDirectories(out);
        HeapPeak.reset();
        InProcessJavac.Timing timing = javac.compile(mode, out);
        long peak = HeapPeak.bytes();
        if (mode == Processing.MIGRATIONS && !Files.isRegularFile(out.resolve("META-INF/migrations/model.json"))) {
            throw new IllegalStateException("the processor ran but wrote no META-INF/migrations/model.json");
        }
        return new Run(timing, peak);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> Long.toString(n / 1_000_000)).toList().toString();
    }

    /** Command-line options: {@code --entities N --warmup N --runs N --fields-only}. */
    record Options(int entities, int warmup, int runs, EntityCorpus.Style style) {

        static Options parse(String[] args) {
            int entities = 1000;
            int warmup = 3;
            int runs = 9;
            EntityCorpus.Style style = EntityCorpus.Style.REALISTIC;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--fields-only")) {
                    style = EntityCorpus.Style.FIELDS_ONLY;
                    continue;
                }
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--entities" -> entities = positive(args[i], value);
                    case "--warmup" -> warmup = nonNegative(args[i], value);
                    case "--runs" -> runs = positive(args[i], value);
                    default -> throw new IllegalArgumentException("[BENCH-001] unknown option '" + args[i]
                            + "'; use --entities N, --warmup N, --runs N and --fields-only");
                }
                i++;
            }
            return new Options(entities, warmup, runs, style);
        }

        private static int positive(String option, String value) {
            int n = nonNegative(option, value);
            if (n == 0) {
                throw new IllegalArgumentException("[BENCH-001] " + option + " needs a number above 0");
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
                throw new IllegalArgumentException("[BENCH-001] " + option + " needs a whole number, got '"
                        + value + "'");
            }
        }
    }
}

package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much longer javac takes with the migrations processor: generates a corpus of entities, compiles it in
 * this JVM alternately with and without the processor (warm-up runs first), and prints the median times, the
 * overhead and the peak heap of each side.
 *
 * <pre>
 * mvn -B -q -pl migrations-benchmarks -am package -DskipTests
 * java -Xmx2g -cp "migrations-benchmarks/target/migrations-benchmarks-0.1.0-SNAPSHOT.jar:migrations-benchmarks/target/lib/*" \
 *     dev.migrations.benchmarks.ProcessorOverheadBenchmark --entities 1000 --warmup 3 --runs 7
 * </pre>
 */
public final class ProcessorOverheadBenchmark {

    private ProcessorOverheadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path work = Files.createTempDirectory("migrations-processor-benchmark");
        try {
            List<Path> sources = EntityCorpus.write(work.resolve("src"), options.entities(), 42L);
            System.out.printf(Locale.ROOT, "corpus: %d entities, %d source files; %d warm-up and %d measured runs "
                            + "per side; %d processors available%n", options.entities(), sources.size(),
                    options.warmup(), options.runs(), Runtime.getRuntime().availableProcessors());
            InProcessJavac javac = new InProcessJavac(sources);
            Path out = work.resolve("classes");
            for (int i = 0; i < options.warmup(); i++) {
                run(javac, false, out);
                run(javac, true, out);
            }
            List<Long> without = new ArrayList<>();
            List<Long> with = new ArrayList<>();
            long peakWithout = 0;
            long peakWith = 0;
            for (int i = 0; i < options.runs(); i++) {
                // alternate which side goes first so that drift in the machine's load hits both alike
                boolean processorFirst = i % 2 == 1;
                for (boolean withProcessor : new boolean[] {processorFirst, !processorFirst}) {
                    Run r = run(javac, withProcessor, out);
                    if (withProcessor) {
                        with.add(r.nanos());
                        peakWith = Math.max(peakWith, r.peakHeap());
                    } else {
                        without.add(r.nanos());
                        peakWithout = Math.max(peakWithout, r.peakHeap());
                    }
                }
            }
            long medianWithout = median(without);
            long medianWith = median(with);
            double overhead = 100.0 * (medianWith - medianWithout) / medianWithout;
            System.out.printf(Locale.ROOT, "javac without processor: median %d ms (runs %s), peak heap %d MiB%n",
                    medianWithout / 1_000_000, millis(without), peakWithout >> 20);
            System.out.printf(Locale.ROOT, "javac with processor:    median %d ms (runs %s), peak heap %d MiB%n",
                    medianWith / 1_000_000, millis(with), peakWith >> 20);
            System.out.printf(Locale.ROOT, "processor overhead: %+.1f%% (target: under 10%%)%n", overhead);
        } finally {
            InProcessJavac.deleteTree(work);
        }
    }

    private record Run(long nanos, long peakHeap) {
    }

    private static Run run(InProcessJavac javac, boolean withProcessor, Path out) throws IOException {
        InProcessJavac.deleteTree(out);
        Files.createDirectories(out);
        HeapPeak.reset();
        long nanos = javac.compile(withProcessor, out);
        long peak = HeapPeak.bytes();
        if (withProcessor && !Files.isRegularFile(out.resolve("META-INF/migrations/model.json"))) {
            throw new IllegalStateException("the processor ran but wrote no META-INF/migrations/model.json");
        }
        return new Run(nanos, peak);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> Long.toString(n / 1_000_000)).toList().toString();
    }

    /** Command-line options: {@code --entities N --warmup N --runs N}. */
    record Options(int entities, int warmup, int runs) {

        static Options parse(String[] args) {
            int entities = 1000;
            int warmup = 3;
            int runs = 7;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--entities" -> entities = positive(args[i], value);
                    case "--warmup" -> warmup = nonNegative(args[i], value);
                    case "--runs" -> runs = positive(args[i], value);
                    default -> throw new IllegalArgumentException("[BENCH-001] unknown option '" + args[i]
                            + "'; use --entities N, --warmup N and --runs N");
                }
                i++;
            }
            return new Options(entities, warmup, runs);
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

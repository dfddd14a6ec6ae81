package dev.migrations.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM on a fixed set of sources, with or without the migrations processor, into a fresh
 * output directory each time.
 *
 * <pre>{@code
 * InProcessJavac javac = new InProcessJavac(sources);
 * InProcessJavac.Timing t = javac.compile(InProcessJavac.Processing.MIGRATIONS, Files.createTempDirectory("out"));
 * }</pre>
 */
public final class InProcessJavac {

    private final List<Path> sources;
    private final String classpath;

    public InProcessJavac(List<Path> sources) {
        this.sources = List.copyOf(sources);
        this.classpath = classpathOf(jakarta.persistence.Entity.class, jakarta.validation.constraints.NotNull.class);
    }

    /** What runs besides javac itself. */
    public enum Processing {
        /** {@code -proc:none}: no annotation processing at all. */
        NONE,
        /**
         * No option and no processor to be found: javac searches for processors, finds none and skips annotation
         * processing, which is what a build without the migrations processor gets. In this JVM javac's own class
         * loader sees the migrations processor on the benchmark's class path (a build's javac does not), so the
         * search is pointed at an empty processor module path, which holds only itself.
         */
        NOT_ON_PATH,
        /**
         * A processor that, like the migrations processor, asks for every annotation type and does nothing:
         * javac's processing machinery alone.
         */
        NO_OP,
        /** The migrations processor. */
        MIGRATIONS
    }

    /**
     * The time one compilation took.
     *
     * @param wallNanos elapsed time
     * @param cpuNanos CPU time of the compiling thread (javac and the processor run on it)
     * @param processCpuNanos CPU time of the whole process: the compiling thread plus the garbage collector's and
     *     the JIT compiler's threads
     */
    public record Timing(long wallNanos, long cpuNanos, long processCpuNanos) {
    }

    /**
     * Compiles all sources into {@code output}.
     *
     * @return the wall time, the CPU time of this thread (javac compiles on the calling thread) and the CPU time of
     *     the whole process spent in javac
     * @throws IllegalStateException when javac reports an error
     */
    public Timing compile(Processing processing, Path output) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-classpath", classpath,
                    "--release", "17", "-encoding", "UTF-8", "-nowarn", "-implicit:none"));
            if (processing == Processing.NONE) {
                options.add("-proc:none");
            }
            Path noProcessors = null;
            if (processing == Processing.NOT_ON_PATH) {
                noProcessors = Files.createTempDirectory("no-processors");
                options.addAll(List.of("--processor-module-path", noProcessors.toString()));
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (processing == Processing.MIGRATIONS) {
                task.setProcessors(migrationsProcessors());
            } else if (processing == Processing.NO_OP) {
                task.setProcessors(List.of(new NoOpProcessor()));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long processStart = ProcessCpu.nanos();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            boolean ok = task.call();
            long elapsed = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long processCpu = ProcessCpu.nanos() - processStart;
            if (noProcessors != null) {
                deleteTree(noProcessors);
            }
            if (!ok) {
                throw new IllegalStateException("javac failed:\n" + diagnostics.getDiagnostics().stream()
                        .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
                                + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n")));
            }
            return new Timing(elapsed, cpu, processCpu);
        }
    }

    /** The processors the migrations processor jar registers, found as javac finds them. */
    static List<Processor> migrationsProcessors() {
        List<Processor> found = new ArrayList<>();
        for (Processor p : ServiceLoader.load(Processor.class, InProcessJavac.class.getClassLoader())) {
            if (p.getClass().getName().startsWith("dev.migrations.")) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("the migrations processor is not on the classpath: build with "
                    + "mvn -B -q -pl migrations-benchmarks -am package -DskipTests");
        }
        return found;
    }

    private static String classpathOf(Class<?>... markers) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> marker : markers) {
            try {
                entries.add(Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Deletes a directory tree (an output directory between runs). */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

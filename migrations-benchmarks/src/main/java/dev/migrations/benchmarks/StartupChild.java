package dev.migrations.benchmarks;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One command of the start-up benchmark in a fresh JVM ({@code StartupBenchmark --cold}): an application start.
 * The parent starts it with the benchmark's class path plus, for the project's side, the scripts' jar or folder,
 * so the scripts are read from the application class path as in a packaged application. It prints
 * {@code RESULT <revisions applied> <nanoseconds>}: the time of the command alone, from before the first call of
 * the side's API (its classes not loaded yet) to its end.
 *
 * <p>Arguments: side, database, URL, {@code apply} or {@code noop}, Flyway's location, the number of revisions.
 * The parent adds the project's scripts (for the project's side) or Flyway's (for Flyway's, when they are on the
 * class path) to the child's class path.
 */
public final class StartupChild {

    private StartupChild() {
    }

    public static void main(String[] args) throws Exception {
        StartupSide side = StartupSide.parse(args[0]);
        StartupDatabase database = StartupDatabase.parse(args[1]);
        String url = args[2];
        int count = Integer.parseInt(args[5]);
        List<StartupWorkload.Revision> revisions = side == StartupSide.RAW ? StartupWorkload.revisions(count)
                : List.of();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        StartupSide.Scripts scripts = new StartupSide.Scripts(loader, loader, args[4], revisions);
        long start = System.nanoTime();
        int applied = side.upgrade(database, url, scripts);
        long nanos = System.nanoTime() - start;
        System.out.println("RESULT " + applied + " " + nanos);
    }

    /** Runs one command in a fresh JVM and checks that it applied {@code expected} revisions. */
    static StartupBenchmark.Timing run(StartupSide side, StartupDatabase database, String url, String command,
                                       Path oursRoot, Path flywayRoot, String flywayLocation, int expected)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path root = side == StartupSide.OURS ? oursRoot : side == StartupSide.FLYWAY ? flywayRoot : null;
        String classpath = System.getProperty("java.class.path") + (root == null ? "" : File.pathSeparator + root);
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, StartupChild.class.getName(),
                side.label(), database.label(), url, command, flywayLocation, String.valueOf(expected))
                .redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("[BENCH-006] the " + side.label() + " " + command + " child did not end");
        }
        long processNanos = System.nanoTime() - start;
        String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow(() ->
                new IllegalStateException("[BENCH-006] the " + side.label() + " " + command + " child failed:\n"
                        + output));
        String[] parts = result.split(" ");
        StartupBenchmark.requireApplied(side, Integer.parseInt(parts[1]), expected);
        return new StartupBenchmark.Timing(Long.parseLong(parts[2]), 0, processNanos);
    }
}

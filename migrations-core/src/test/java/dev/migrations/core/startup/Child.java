package dev.migrations.core.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link StartupChild} JVM: started with small flags (the quick JIT tier, class-data sharing when the JDK has it,
 * a small heap), its output lines collected as they come, so that a test can wait for one, release the process
 * with {@link #go()}, or kill it.
 */
final class Child implements AutoCloseable {

    /** Flags that make a short-lived JVM start quickly and stay small. */
    static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx128m",
            "-XX:+UseSerialGC", "-XX:-UsePerfData");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private Child(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** A child that starts the application once, at once, on {@code url}. */
    static Child once(String url, Path scripts, int lockTimeoutSeconds) throws IOException {
        return start(scripts, lockTimeoutSeconds, "once", url);
    }

    /** {@link #once} with another class path (one that lacks a driver, say). */
    static Child once(String url, Path scripts, int lockTimeoutSeconds, String classpath) throws IOException {
        return start(classpath, scripts, lockTimeoutSeconds, "once", url);
    }

    /** A child that starts the application once on {@code url}, when {@link #go()} releases it. */
    static Child waiting(String url, Path scripts, int lockTimeoutSeconds) throws IOException {
        return start(scripts, lockTimeoutSeconds, "wait", url);
    }

    /** A long-lived child that starts the application on a database each time {@link #go(String)} names one. */
    static Child serving(Path scripts, int lockTimeoutSeconds) throws IOException {
        return start(scripts, lockTimeoutSeconds, "serve");
    }

    private static Child start(Path scripts, int lockTimeoutSeconds, String... mode) throws IOException {
        return start(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), scripts,
                lockTimeoutSeconds, mode);
    }

    private static Child start(String classpath, Path scripts, int lockTimeoutSeconds, String... mode)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(classpath);
        command.add(StartupChild.class.getName());
        command.add(scripts.toString());
        command.add(Integer.toString(lockTimeoutSeconds));
        command.addAll(List.of(mode));
        return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed; its lines so far are kept
        } finally {
            synchronized (lines) {
                lines.add(null);   // end of output
                lines.notifyAll();
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the {@code count}-th line matching {@code match} has been printed; false when the output ended or
     * the timeout passed first.
     */
    boolean awaitLine(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        int index = 0;
        synchronized (lines) {
            while (true) {
                while (index < lines.size()) {
                    String line = lines.get(index++);
                    if (line == null) {
                        return false;
                    }
                    if (match.test(line) && ++seen == count) {
                        return true;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Lets a {@link #waiting} child begin. */
    void go() throws IOException {
        OutputStream in = process.getOutputStream();
        in.write('\n');
        in.flush();
    }

    /** Makes a {@link #serving} child start the application on {@code url}. */
    void go(String url) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(("GO " + url + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** How many lines have been printed so far: {@link #linesSince} gives the ones after. */
    int mark() {
        synchronized (lines) {
            return (int) lines.stream().filter(l -> l != null).count();
        }
    }

    /** The lines printed after {@code mark}. */
    List<String> linesSince(int mark) {
        List<String> all = lines();
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** Waits for the end; returns the exit status, or fails the test when it does not end in time. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child " + process.pid() + " did not end within " + timeout + ":\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5_000);
    }

    /** Every line printed so far. */
    List<String> lines() {
        synchronized (lines) {
            return lines.stream().filter(l -> l != null).toList();
        }
    }

    String output() {
        return String.join("\n", lines());
    }

    /** The lines that start with {@code prefix}, without it. */
    List<String> linesStartingWith(String prefix) {
        return lines().stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}

package dev.migrations.core.startup;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.api.Mode;
import dev.migrations.core.api.StartResult;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Application starts in a JVM of its own, for the tests that run several processes at once or kill one: each start
 * is a new facade (its own connection and lock) whose production {@code start()} upgrades to head with the scripts
 * of a folder. Arguments: the script folder, the lock timeout in seconds, then one of
 * <ul>
 *   <li>{@code once <url>}: start at once, then exit;</li>
 *   <li>{@code wait <url>}: print {@code READY}, start when a line arrives on standard input, then exit;</li>
 *   <li>{@code serve}: print {@code READY}, then start once for each {@code GO <url>} line on standard input, until
 *       it ends (a long-lived process that starts the application again and again).</li>
 * </ul>
 *
 * <p>Standard output, one flushed line each: every listener line as {@code INFO …}, {@code WARN …} or {@code DEBUG …}
 * (each statement is a {@code DEBUG   line N: …} line printed just before it runs); then {@code DONE <ms> <applied
 * revisions, comma-separated>}, or {@code FAILED <error id>} followed by the message's lines; then {@code END}. The
 * exit status of {@code once} and {@code wait} is 0, or 1 after a failure.
 */
public final class StartupChild {

    private StartupChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path scripts = Path.of(args[0]);
        Duration lockTimeout = Duration.ofSeconds(Long.parseLong(args[1]));
        String mode = args[2];
        // loads the drivers, as an application has by the time it migrates; connects to nothing
        DriverManager.getDrivers();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        switch (mode) {
            case "once" -> System.exit(start(args[3], scripts, lockTimeout, out) ? 0 : 1);
            case "wait" -> {
                out.println("READY");
                in.readLine();
                System.exit(start(args[3], scripts, lockTimeout, out) ? 0 : 1);
            }
            case "serve" -> {
                out.println("READY");
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("GO ")) {
                        start(line.substring(3), scripts, lockTimeout, out);
                    }
                }
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    /** One application start; returns whether it succeeded. */
    private static boolean start(String url, Path scripts, Duration lockTimeout, PrintStream out) {
        long started = System.nanoTime();
        try {
            StartResult result = Migrations.configure().url(url).scriptLocation(scripts).mode(Mode.PRODUCTION)
                    .lockTimeout(lockTimeout).appliedBy("child-" + ProcessHandle.current().pid())
                    .listener(new MigrationListener() {
                        @Override
                        public void info(String line) {
                            out.println("INFO " + line);
                        }

                        @Override
                        public void warn(String line) {
                            out.println("WARN " + line);
                        }

                        @Override
                        public void debug(String line) {
                            out.println("DEBUG " + line);
                        }
                    }).load().start();
            out.println("DONE " + (System.nanoTime() - started) / 1_000_000 + " " + result.upgrade().applied().stream()
                    .map(MigrationStep::revision).collect(Collectors.joining(",")));
            return true;
        } catch (MigrationsException e) {
            out.println("FAILED " + e.id());
            out.println(e.getMessage());
            return false;
        } finally {
            out.println("END");
        }
    }
}

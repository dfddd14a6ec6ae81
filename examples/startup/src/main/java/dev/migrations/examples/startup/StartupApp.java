package dev.migrations.examples.startup;

import dev.migrations.core.api.DatabaseUrl;
import dev.migrations.core.api.DevelopmentResult;
import dev.migrations.core.api.DriftCheck;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.StartResult;
import dev.migrations.core.api.UpgradeResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain Java application that prepares its database as it starts, then uses it with plain JDBC.
 *
 * <p>The database is {@code DB_URL} from the environment, else {@code DB_URL} from a {@code .env} file in the working
 * directory, else {@code jdbc:sqlite:startup.db}; {@code DB_USER} and {@code DB_PASSWORD} are read the same way.
 * {@code APP_DEBUG=true} (development) creates the entities' tables and loads the seed rows of {@code db/seed};
 * {@code APP_DEBUG=false} or unset (production) applies the revisions of {@code db/migrations} up to head, under
 * the migration lock, so that several instances may start at once, then warns when the database still differs from
 * the entities (a change without a revision). A failure prints the catalogued message and
 * exits with status 1; the password is never printed.
 *
 * <pre>
 * java -jar target/startup.jar              # production
 * APP_DEBUG=true java -jar target/startup.jar
 * java -jar target/startup.jar --verbose    # also every statement run
 * </pre>
 */
public final class StartupApp {

    /** Where the database is when neither the environment nor {@code .env} names one. */
    static final String DEFAULT_URL = "jdbc:sqlite:startup.db";

    private StartupApp() {
    }

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("--verbose") || List.of(args).contains("-v");
        System.exit(run(System.getenv(), Path.of(".env"), verbose, System.out, System.err));
    }

    /** Starts the application; returns the exit status. */
    static int run(Map<String, String> environment, Path dotEnv, boolean verbose, PrintStream out, PrintStream err) {
        Setting url;
        Setting user;
        Setting password;
        try {
            url = Setting.read("DB_URL", environment, dotEnv);
            user = Setting.read("DB_USER", environment, dotEnv);
            password = Setting.read("DB_PASSWORD", environment, dotEnv);
        } catch (IOException e) {
            err.println("Cannot read " + dotEnv.toAbsolutePath() + ": " + e.getMessage());
            return 2;
        }
        String jdbcUrl = url.value() != null ? url.value() : DEFAULT_URL;
        Secrets secrets = new Secrets(jdbcUrl, password.value());
        out.println("Database: " + DatabaseUrl.masked(jdbcUrl) + " ("
                + (url.value() != null ? url.source() : "the default; set DB_URL to change it") + ")");
        try {
            StartResult started = Migrations.configure()
                    .url(jdbcUrl)
                    .user(user.value())
                    .password(password.value())
                    .classpathLocation("db/migrations")
                    // after the upgrade, compare the database with the packaged entity model and warn of differences
                    .driftCheck(DriftCheck.WARN)
                    .listener(new ConsoleListener(out, verbose))
                    .load()
                    .start();
            out.println(summary(started));
        } catch (MigrationsException e) {
            // the message starts with the catalogued id ("[DB-002] Cannot connect to …"); its other lines are detail
            err.println(e.getMessage());
            return 1;
        }
        try {
            report(jdbcUrl, user.value(), password.value(), started(environment), out);
        } catch (SQLException e) {
            err.println("The application could not use the database " + DatabaseUrl.masked(jdbcUrl) + ": "
                    + secrets.hide(e.getMessage()));
            return 2;
        }
        return 0;
    }

    /** One line saying what the start-up did. */
    static String summary(StartResult started) {
        if (started.development() != null) {
            DevelopmentResult dev = started.development();
            return "Development database ready: " + count(dev.createdTables(), "table") + " created"
                    + list(dev.createdTables()) + ", " + count(dev.seedsRun(), "seed script") + " loaded"
                    + list(dev.seedsRun())
                    + (dev.seedsSkipped().isEmpty() ? "" : ", " + count(dev.seedsSkipped(), "seed script")
                    + " loaded before" + list(dev.seedsSkipped())) + ".";
        }
        UpgradeResult upgrade = started.upgrade();
        String at = upgrade.headsAfter().isEmpty() ? "base" : String.join(", ", upgrade.headsAfter());
        if (upgrade.applied().isEmpty()) {
            return "Production database ready: no revision to apply, the database is at " + at + ".";
        }
        return "Production database ready: " + count(upgrade.applied(), "revision") + " applied"
                + list(upgrade.applied().stream().map(MigrationStep::revision).toList())
                + ", the database is at " + at + ".";
    }

    /** What the application does with its database: record this start, then show what is there. */
    private static void report(String url, String user, String password, String mode, PrintStream out)
            throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app_start (mode, started_at) VALUES (?, CURRENT_TIMESTAMP)")) {
                insert.setString(1, mode);
                insert.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                out.println("Authors: " + single(statement, "SELECT count(*) FROM author"));
                out.println("Books: " + single(statement, "SELECT count(*) FROM book"));
                try (ResultSet rows = statement.executeQuery("SELECT b.title, b.published, a.name FROM book b "
                        + "JOIN author a ON a.id = b.author_id ORDER BY b.published, b.title")) {
                    while (rows.next()) {
                        int year = rows.getInt(2);
                        out.println("  " + rows.getString(1) + (rows.wasNull() ? "" : " (" + year + ")") + " by "
                                + rows.getString(3));
                    }
                }
                out.println("Starts recorded: " + single(statement, "SELECT count(*) FROM app_start"));
            }
        }
    }

    private static String started(Map<String, String> environment) {
        return "true".equalsIgnoreCase(String.valueOf(environment.get("APP_DEBUG")).strip())
                ? "development" : "production";
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String count(List<?> items, String noun) {
        return items.size() + " " + noun + (items.size() == 1 ? "" : "s");
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "" : " (" + String.join(", ", items) + ")";
    }

    /** Progress lines of the start-up, on the console. */
    private record ConsoleListener(PrintStream out, boolean verbose) implements MigrationListener {

        @Override
        public void info(String line) {
            out.println(line);
        }

        @Override
        public void warn(String line) {
            out.println("WARNING: " + line);
        }

        @Override
        public void debug(String line) {
            if (verbose) {
                out.println("  " + line);
            }
        }
    }

    /** A setting's value and where it came from. */
    record Setting(String value, String source) {

        private static final Pattern ASSIGNMENT =
                Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");

        /** The environment variable, else the {@code .env} file's assignment, else no value. */
        static Setting read(String key, Map<String, String> environment, Path dotEnv) throws IOException {
            String fromEnvironment = environment.get(key);
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return new Setting(fromEnvironment.strip(), "environment variable " + key);
            }
            if (Files.isRegularFile(dotEnv)) {
                for (String line : Files.readAllLines(dotEnv, StandardCharsets.UTF_8)) {
                    Matcher m = ASSIGNMENT.matcher(line);
                    if (!line.strip().startsWith("#") && m.matches() && m.group(1).equals(key)) {
                        String value = unquote(m.group(2));
                        if (!value.isEmpty()) {
                            return new Setting(value, key + " in " + dotEnv);
                        }
                    }
                }
            }
            return new Setting(null, null);
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                return value.substring(1, value.length() - 1);
            }
            int comment = value.indexOf(" #");
            return comment >= 0 ? value.substring(0, comment).strip() : value;
        }
    }

    /** Keeps the password out of the application's own messages (the engine's are masked already). */
    record Secrets(String url, String password) {

        private static final Pattern IN_URL = Pattern.compile("(?i)(?:password|passwd|pwd)=([^&;]+)|//[^/:@?;]*:([^@/]+)@");

        String hide(String message) {
            if (message == null) {
                return "(no message)";
            }
            String safe = message.replace(url, DatabaseUrl.masked(url));
            Matcher m = IN_URL.matcher(url);
            while (m.find()) {
                String secret = m.group(1) != null ? m.group(1) : m.group(2);
                safe = safe.replace(secret, "***");
            }
            return password == null || password.isEmpty() ? safe : safe.replace(password, "***");
        }
    }
}

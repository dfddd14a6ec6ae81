package dev.migrations.core.runner;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.DatabaseUrl;
import dev.migrations.core.database.Database;
import dev.migrations.core.database.Databases;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens JDBC connections, from a URL or from an application's {@link DataSource}, and tells which
 * {@link Database} they lead to, once. For a URL, drivers registered with {@link DriverManager} are used first;
 * then drivers the given class loader offers as services (a Maven plugin's own dependencies are not always visible
 * to {@code DriverManager}). User and password travel as connection properties, never in messages.
 *
 * <pre>{@code
 * JdbcConnections byUrl = JdbcConnections.forUrl("jdbc:sqlite:db.sqlite3", null, null, loader);
 * JdbcConnections pooled = JdbcConnections.forDataSource(dataSource, null, null);
 * Database database = pooled.database();   // from the driver's product name
 * }</pre>
 */
public final class JdbcConnections {

    private final String configuredUrl;
    private final DataSource dataSource;
    private final String user;
    private final String password;
    private final ClassLoader loader;
    private String reportedUrl;
    private Database database;

    private JdbcConnections(String url, DataSource dataSource, String user, String password, ClassLoader loader) {
        this.configuredUrl = url;
        this.dataSource = dataSource;
        this.user = user;
        this.password = password;
        this.loader = loader;
    }

    /** Connections opened from a JDBC URL through its driver. */
    public static JdbcConnections forUrl(String url, String user, String password, ClassLoader loader) {
        return new JdbcConnections(url, null, user, password, loader);
    }

    /**
     * Connections borrowed from a {@code DataSource}; with a user, through {@link DataSource#getConnection(String,
     * String)}. The database is recognised from the first connection's metadata.
     */
    public static JdbcConnections forDataSource(DataSource dataSource, String user, String password) {
        return new JdbcConnections(null, dataSource, user, password, null);
    }

    /**
     * The URL connections lead to: the configured one, or the one a {@code DataSource}'s driver reports (read once,
     * from a connection; {@code null} when the driver does not say). It may hold a password: show it only through
     * {@link #describe()}.
     */
    public synchronized String url() {
        if (dataSource == null) {
            return configuredUrl;
        }
        if (reportedUrl == null) {
            try (Connection connection = open()) {
                reportedUrl = connection.getMetaData().getURL();
            } catch (SQLException e) {
                throw cannotConnect(e);
            }
        }
        return reportedUrl;
    }

    /** What messages call the database: the masked URL, or the DataSource's. */
    public String describe() {
        if (dataSource == null) {
            return DatabaseUrl.masked(configuredUrl);
        }
        String url = reportedUrl;
        return url == null ? "the DataSource" : "the DataSource's database " + DatabaseUrl.masked(url);
    }

    /**
     * The database behind the connections, resolved once: from the URL, or, for a {@code DataSource}, from the
     * driver's product name.
     */
    public synchronized Database database() {
        if (database == null) {
            if (dataSource == null) {
                database = Databases.forUrl(configuredUrl);
            } else {
                try (Connection connection = open()) {
                    database = Databases.forConnection(connection);
                    reportedUrl = connection.getMetaData().getURL();
                } catch (SQLException e) {
                    throw cannotConnect(e);
                }
            }
        }
        return database;
    }

    /** Whether the database does not exist yet and would be created by connecting (a SQLite file). */
    public boolean isMissing() {
        return dataSource == null && database().isMissing(configuredUrl);
    }

    /** A new connection; the caller closes it. */
    public Connection open() {
        if (dataSource != null) {
            try {
                Connection connection = user == null ? dataSource.getConnection()
                        : dataSource.getConnection(user, password);
                if (connection == null) {
                    throw new DatabaseException("DB-002", "The DataSource gave no connection. Check the "
                            + "application's DataSource configuration.");
                }
                return connection;
            } catch (SQLException e) {
                throw cannotConnect(e);
            }
        }
        Driver driver = findDriver();
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Databases.find(configuredUrl).ifPresent(known -> known.prepareConnect(configuredUrl));
        try {
            Connection connection = driver.connect(configuredUrl, properties);
            if (connection == null) {
                throw missingDriver();
            }
            return connection;
        } catch (RuntimeException e) {
            if (e instanceof DatabaseException) {
                throw e;
            }
            // drivers parse URL options while connecting and some throw unchecked exceptions for bad values
            // (sqlite-jdbc: NumberFormatException for busy_timeout=abc)
            throw new ConfigurationException("CONFIG-010", "The driver refused the options of the database URL "
                    + DatabaseUrl.masked(configuredUrl) + ": " + hidePassword(String.valueOf(e.getMessage()))
                    + ". Fix the URL's options in " + Advice.setting("url") + ".", e);
        } catch (SQLException e) {
            throw cannotConnect(e);
        }
    }

    /**
     * Fails with {@code DB-001} (naming the driver's Maven coordinates) when no driver accepts the URL; checked
     * before anything else, because a missing driver is the first thing to fix. A DataSource brings its own.
     */
    public void requireDriver() {
        if (dataSource == null) {
            findDriver();
        }
    }

    private DatabaseException cannotConnect(SQLException e) {
        if (dataSource != null) {
            return new DatabaseException("DB-002", "Cannot get a connection from the DataSource: "
                    + oneLine(e.getMessage()) + " Check the application's DataSource settings (URL, "
                    + "user, password) and that the database is running.", e);
        }
        return new DatabaseException("DB-002", "Cannot connect to " + DatabaseUrl.masked(configuredUrl) + ": "
                + oneLine(e.getMessage()) + " Check " + Advice.setting("url") + ", "
                + Advice.setting("user") + " and " + Advice.setting("password") + ", and that the database is "
                + "running.", e);
    }

    /**
     * A driver's message for a one-line report, password hidden: its lines joined with {@code ;} (PostgreSQL puts
     * {@code Detail:}, {@code Hint:} and {@code Position:} on lines of their own) and one full stop at its end
     * (drivers end theirs with one, or not).
     */
    public String oneLine(String message) {
        String text = hidePassword(message).lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.joining("; "));
        return text.endsWith(".") ? text : text + ".";
    }

    private Driver findDriver() {
        try {
            return DriverManager.getDriver(configuredUrl);
        } catch (SQLException notRegistered) {
            for (ClassLoader candidate : new ClassLoader[] {loader, JdbcConnections.class.getClassLoader()}) {
                if (candidate == null) {
                    continue;
                }
                for (Driver driver : ServiceLoader.load(Driver.class, candidate)) {
                    try {
                        if (driver.acceptsURL(configuredUrl)) {
                            return driver;
                        }
                    } catch (SQLException ignored) {
                        // a driver that cannot judge the URL is not the one we need
                    }
                }
            }
            throw missingDriver();
        }
    }

    private DatabaseException missingDriver() {
        String fix = Databases.driverFor(configuredUrl)
                .map(driver -> "Add " + driver.coordinates() + " to the plugin's <dependencies> "
                        + "(at runtime, to the application's dependencies): " + driver.dependency())
                .orElse("Add the database's JDBC driver to the plugin's <dependencies> "
                        + "(at runtime, to the application's dependencies).");
        return new DatabaseException("DB-001", "No JDBC driver for " + DatabaseUrl.masked(configuredUrl)
                + " is on the classpath. " + fix);
    }

    /** Driver messages sometimes echo the URL or the password: never let either reach the user unmasked. */
    public String hidePassword(String message) {
        if (message == null) {
            return "(no message)";
        }
        String safe = message;
        for (String url : new String[] {configuredUrl, reportedUrl}) {
            if (url != null && !url.isEmpty()) {
                safe = safe.replace(url, DatabaseUrl.masked(url));
            }
        }
        if (password != null && !password.isEmpty()) {
            safe = safe.replace(password, "***");
        }
        return safe;
    }
}

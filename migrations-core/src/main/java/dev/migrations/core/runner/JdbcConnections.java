package dev.migrations.core.runner;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.DatabaseUrl;
import dev.migrations.core.database.Databases;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens JDBC connections. Drivers registered with {@link DriverManager} are used first; then drivers the given
 * class loader offers as services (a Maven plugin's own dependencies are not always visible to
 * {@code DriverManager}). User and password travel as connection properties, never in messages.
 */
public final class JdbcConnections {

    private final String url;
    private final String user;
    private final String password;
    private final ClassLoader loader;

    public JdbcConnections(String url, String user, String password, ClassLoader loader) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.loader = loader;
    }

    /** The URL connections are opened with (it may hold a password; show it only through DatabaseUrl.masked). */
    public String url() {
        return url;
    }

    /** A new connection; the caller closes it. */
    public Connection open() {
        Driver driver = findDriver();
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Databases.find(url).ifPresent(database -> database.prepareConnect(url));
        try {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw missingDriver();
            }
            return connection;
        } catch (RuntimeException e) {
            // drivers parse URL options while connecting and some throw unchecked exceptions for bad values
            // (sqlite-jdbc: NumberFormatException for busy_timeout=abc)
            throw new ConfigurationException("CONFIG-010", "The driver refused the options of the database URL "
                    + DatabaseUrl.masked(url) + ": " + hidePassword(String.valueOf(e.getMessage())) + ". Fix the "
                    + "URL's options in " + Advice.setting("url") + ".", e);
        } catch (SQLException e) {
            throw new DatabaseException("DB-002", "Cannot connect to " + DatabaseUrl.masked(url) + ": "
                    + hidePassword(e.getMessage()) + ". Check " + Advice.setting("url") + ", the user and password "
                    + "(<user>, <password> or <serverId>) and that the database is running.", e);
        }
    }

    /**
     * Fails with {@code DB-001} (naming the driver's Maven coordinates) when no driver accepts the URL; checked
     * before anything else, because a missing driver is the first thing to fix.
     */
    public void requireDriver() {
        findDriver();
    }

    private Driver findDriver() {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException notRegistered) {
            for (ClassLoader candidate : new ClassLoader[] {loader, JdbcConnections.class.getClassLoader()}) {
                if (candidate == null) {
                    continue;
                }
                for (Driver driver : ServiceLoader.load(Driver.class, candidate)) {
                    try {
                        if (driver.acceptsURL(url)) {
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
        String fix = Databases.driverFor(url)
                .map(driver -> "Add " + driver.coordinates() + " to the plugin's <dependencies> "
                        + "(at runtime, to the application's dependencies): " + driver.dependency())
                .orElse("Add the database's JDBC driver to the plugin's <dependencies> "
                        + "(at runtime, to the application's dependencies).");
        return new DatabaseException("DB-001", "No JDBC driver for " + DatabaseUrl.masked(url)
                + " is on the classpath. " + fix);
    }

    /** Driver messages sometimes echo the URL or the password: never let either reach the user unmasked. */
    public String hidePassword(String message) {
        if (message == null) {
            return "(no message)";
        }
        String safe = message.replace(url, DatabaseUrl.masked(url));
        if (password != null && !password.isEmpty()) {
            safe = safe.replace(password, "***");
        }
        return safe;
    }
}

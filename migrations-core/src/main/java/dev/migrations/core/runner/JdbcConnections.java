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
    /** A connection being opened ahead of its use ({@link #openAhead()}), or {@code null}. */
    private Ahead ahead;
    /** Between {@link #openAhead()} and {@link #discardAhead()}: a connection opened for a question is kept. */
    private boolean keepingAhead;

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
                Connection connection = open();
                try {
                    database = Databases.forConnection(connection);
                    reportedUrl = connection.getMetaData().getURL();
                } catch (SQLException e) {
                    close(connection);
                    throw cannotConnect(e);
                }
                keepForNextOpen(connection);
            }
        }
        return database;
    }

    /** Whether the database does not exist yet and would be created by connecting (a SQLite file). */
    public boolean isMissing() {
        return dataSource == null && database().isMissing(configuredUrl);
    }

    /**
     * Starts opening a connection on a thread of its own, so that the driver loads and the server answers while
     * the caller reads the scripts; the next {@link #open()} takes that connection (or its failure, thrown as
     * {@code open()} would have thrown it). The caller ends with {@link #discardAhead()}, which closes it if no
     * command took it. Asking again while one is pending does nothing.
     */
    public synchronized void openAhead() {
        openAhead(null);
    }

    /**
     * As {@link #openAhead()}, and then runs {@code first} on the new connection on that thread (a read the command
     * will want first); its failure is ignored, the command doing its work again on its own.
     */
    public synchronized void openAhead(ConnectionWork first) {
        keepingAhead = true;
        if (ahead == null) {
            ahead = new Ahead(first);
            Thread thread = new Thread(ahead, "migrations-connect");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Closes the connection opened ahead if no command took it; from now on every {@link #open()} is new. */
    public void discardAhead() {
        Ahead left;
        synchronized (this) {
            left = ahead;
            ahead = null;
            keepingAhead = false;
        }
        if (left != null) {
            left.discard();
        }
    }

    /** A connection; the caller closes it. */
    public Connection open() {
        Ahead opened;
        synchronized (this) {
            opened = ahead;
            ahead = null;
        }
        if (opened != null) {
            return opened.take();
        }
        return openNow();
    }

    /** While a connection is kept ahead (a DataSource's, once its metadata is read), the next open takes it. */
    private void keepForNextOpen(Connection connection) {
        synchronized (this) {
            if (keepingAhead) {
                ahead = new Ahead(connection);
                return;
            }
        }
        close(connection);
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was done on it
        }
    }

    /** A connection opened on another thread, handed to the first {@link #open()} or closed when discarded. */
    private final class Ahead implements Runnable {
        private Connection connection;
        private Throwable failure;
        private boolean done;
        private boolean discarded;

        private final ConnectionWork first;

        Ahead(ConnectionWork first) {
            this.first = first;
        }

        Ahead(Connection connection) {
            this.first = null;
            this.connection = connection;
            this.done = true;
        }

        @Override
        public void run() {
            Connection opened = null;
            Throwable failed = null;
            synchronized (this) {
                if (discarded) {
                    done = true;
                    return; // nobody will take it: do not open it at all
                }
            }
            try {
                opened = openNow();
            } catch (RuntimeException | Error e) {
                failed = e;
            }
            if (opened != null && first != null) {
                try {
                    first.run(opened);
                } catch (SQLException | RuntimeException ignored) {
                    // the command does this work again itself and reports what goes wrong
                }
            }
            boolean closeIt;
            synchronized (this) {
                connection = opened;
                failure = failed;
                done = true;
                closeIt = discarded && opened != null;
                notifyAll();
            }
            if (closeIt) {
                close(opened);
            }
        }

        synchronized Connection take() {
            boolean interrupted = false;
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            return connection;
        }

        void discard() {
            Connection left;
            synchronized (this) {
                discarded = true;
                left = done ? connection : null;
                connection = null;
            }
            if (left != null) {
                close(left);
            }
        }
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    private Connection openNow() {
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

    /** Whether a driver accepts the URL (a DataSource brings its own); {@link #requireDriver()} says which is missing. */
    public boolean hasDriver() {
        try {
            requireDriver();
            return true;
        } catch (DatabaseException e) {
            return false;
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

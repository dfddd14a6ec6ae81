package dev.migrations.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the JDBC driver for a URL among the plugin's own dependencies, and otherwise says which
 * {@code <dependency>} to declare inside the plugin element (the Flyway and Liquibase convention).
 *
 * <pre>{@code
 * String problem = new JdbcDrivers(getClass().getClassLoader()).missingDriverMessage(url, maskedUrl);
 * if (problem != null) throw new MojoFailureException(problem);
 * }</pre>
 *
 * Drivers are looked up with {@link ServiceLoader} in the plugin's class loader rather than through
 * {@code DriverManager}, whose one-time scan may have run in another class loader of the same Maven JVM;
 * loading a driver here also registers it with {@code DriverManager}.
 */
final class JdbcDrivers {

    private static final Properties COORDINATES = loadCoordinates();

    private final ClassLoader classLoader;

    JdbcDrivers(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Whether a driver on the plugin's classpath accepts {@code url}. */
    boolean hasDriverFor(String url) {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, classLoader).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return false;
                }
                if (drivers.next().acceptsURL(url)) {
                    return true;
                }
            } catch (ServiceConfigurationError | SQLException brokenDriver) {
                // a driver jar that cannot load says nothing about the others: keep looking
            }
        }
    }

    /**
     * {@code null} when a driver accepts {@code url}; otherwise the catalogued message naming the dependency to
     * add. {@code maskedUrl} is what the message shows.
     */
    String missingDriverMessage(String url, String maskedUrl) {
        // a URL that is not a JDBC URL at all is core's to report (the facade refuses to load)
        if (!url.startsWith("jdbc:") || hasDriverFor(url)) {
            return null;
        }
        String subProtocol = subProtocol(url);
        String coordinates = COORDINATES.getProperty(subProtocol);
        String intro = "[CONFIG-104] No JDBC driver for " + maskedUrl + " is on the plugin's classpath. The plugin"
                + " carries only the SQLite driver; declare yours inside the migrations-maven-plugin <plugin> element"
                + " of your POM:\n";
        if (coordinates == null) {
            return intro + dependencyXml("<!-- the driver's groupId -->", "<!-- its artifactId -->",
                    "<!-- its version -->") + "\n(no driver is known for 'jdbc:" + subProtocol + ":' URLs; check the"
                    + " URL's spelling if you expected one)";
        }
        String[] parts = coordinates.split(":");
        String version = parts.length > 2 ? parts[2] : "<!-- the version your server needs -->";
        return intro + dependencyXml(parts[0], parts[1], version);
    }

    static String subProtocol(String url) {
        String rest = url.substring("jdbc:".length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    private static String dependencyXml(String groupId, String artifactId, String version) {
        return "  <plugin>\n"
                + "    <groupId>dev.migrations</groupId>\n"
                + "    <artifactId>migrations-maven-plugin</artifactId>\n"
                + "    <dependencies>\n"
                + "      <dependency>\n"
                + "        <groupId>" + groupId + "</groupId>\n"
                + "        <artifactId>" + artifactId + "</artifactId>\n"
                + "        <version>" + version + "</version>\n"
                + "      </dependency>\n"
                + "    </dependencies>\n"
                + "  </plugin>";
    }

    private static Properties loadCoordinates() {
        Properties properties = new Properties();
        try (InputStream in = JdbcDrivers.class.getResourceAsStream("jdbc-drivers.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

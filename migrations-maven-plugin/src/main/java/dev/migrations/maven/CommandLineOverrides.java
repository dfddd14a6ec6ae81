package dev.migrations.maven;

import java.io.File;
import java.util.Locale;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Gives {@code -Dmigrations.<name>} values precedence over the POM's {@code <configuration>}.
 *
 * <p>Maven injects a user property into a parameter only when the POM leaves that parameter unset; users of
 * this plugin expect the command line to win, as it does for Alembic's and Flyway's command-line options. Each
 * Mojo therefore passes its injected value through here:
 *
 * <pre>{@code
 * CommandLineOverrides overrides = new CommandLineOverrides(session.getUserProperties(),
 *         session.getSystemProperties());
 * String target = overrides.string("target", this.target);   // -Dmigrations.target=base wins
 * }</pre>
 *
 * User properties ({@code mvn -D…}) are read first, then system properties (for example from
 * {@code MAVEN_OPTS}).
 */
final class CommandLineOverrides {

    static final String PREFIX = "migrations.";

    private final Properties userProperties;
    private final Properties systemProperties;

    CommandLineOverrides(Properties userProperties, Properties systemProperties) {
        this.userProperties = userProperties == null ? new Properties() : userProperties;
        this.systemProperties = systemProperties == null ? new Properties() : systemProperties;
    }

    /** The command-line value of {@code migrations.<name>}, or {@code null} when none was given. */
    String commandLineValue(String name) {
        String key = PREFIX + name;
        String value = userProperties.getProperty(key);
        return value != null ? value : systemProperties.getProperty(key);
    }

    String string(String name, String configured) {
        String value = commandLineValue(name);
        return value != null ? value : configured;
    }

    /** {@code -Dmigrations.verbose} alone means true, as Maven itself reads a bare {@code -D}. */
    boolean flag(String name, boolean configured) throws MojoFailureException {
        String value = commandLineValue(name);
        if (value == null) {
            return configured;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "", "true":
                return true;
            case "false":
                return false;
            default:
                throw new MojoFailureException("[CONFIG-101] -D" + PREFIX + name + "=" + value
                        + " is not a boolean: use -D" + PREFIX + name + "=true or -D" + PREFIX + name + "=false");
        }
    }

    /** A relative command-line path is taken from the project directory, as POM paths are. */
    File file(String name, File configured, File baseDir) {
        String value = commandLineValue(name);
        if (value == null) {
            return configured;
        }
        File file = new File(value);
        return file.isAbsolute() || baseDir == null ? file : new File(baseDir, value);
    }
}

package dev.migrations.spring.boot;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.MigrationsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A folder of SQL scripts named by a property: {@code classpath:db/migrations} (also a bare {@code db/migrations})
 * or {@code filesystem:/srv/app/migrations} ({@code file:} is read the same way).
 *
 * @param property  the property that named it, for messages
 * @param classpath the classpath folder without slashes at either end, or {@code null}
 * @param directory the filesystem folder, or {@code null}
 */
record Location(String property, String classpath, Path directory) {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";
    private static final String FILE = "file:";

    static Location parse(String property, String value) {
        String location = value == null ? "" : value.strip();
        if (location.startsWith(FILESYSTEM) || location.startsWith(FILE)) {
            String path = location.substring(location.indexOf(':') + 1);
            if (path.isBlank()) {
                throw invalid(property, value);
            }
            return new Location(property, null, Path.of(path));
        }
        String folder = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        folder = folder.replaceAll("^/+", "").replaceAll("/+$", "");
        if (folder.isEmpty() || folder.matches("^[A-Za-z][A-Za-z0-9+.*-]*:.*")) {
            throw invalid(property, value);
        }
        return new Location(property, folder, null);
    }

    private static ConfigurationException invalid(String property, String value) {
        return new ConfigurationException("CONFIG-201", "The location '" + value + "' of " + property
                + " is neither a classpath folder (classpath:db/migrations) nor a filesystem folder "
                + "(filesystem:/path/to/folder). Fix " + property + ".");
    }

    /** Whether the folder holds at least one {@code .sql} file. */
    boolean hasScripts(ClassLoader loader) {
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                return false;
            }
            try (Stream<Path> files = Files.list(directory)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".sql"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + classpath + "/*.sql").length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Sets the builder's script location to this folder. */
    void scripts(MigrationsBuilder builder) {
        if (directory != null) {
            builder.scriptLocation(directory);
        } else {
            builder.classpathLocation(classpath);
        }
    }

    /** Sets the builder's seed location to this folder. */
    void seeds(MigrationsBuilder builder) {
        if (directory != null) {
            builder.seedDirectory(directory);
        } else {
            builder.seedLocation(classpath);
        }
    }

    @Override
    public String toString() {
        return directory != null ? FILESYSTEM + directory : CLASSPATH + classpath;
    }
}

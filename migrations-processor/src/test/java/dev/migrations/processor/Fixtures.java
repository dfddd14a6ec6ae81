package dev.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles fixture entity sources with the processor and compares the model with golden files. */
final class Fixtures {

    /** {@code -Dmigrations.updateGolden=true} rewrites the golden files instead of comparing. */
    private static final boolean UPDATE = Boolean.getBoolean("migrations.updateGolden");
    private static final Path GOLDEN_SOURCES = Path.of("src", "test", "resources", "golden");

    private Fixtures() {
    }

    /** The sources under {@code src/test/resources/fixtures/<name>}, sorted by path. */
    static List<JavaFileObject> sources(String name) {
        Path dir = resourceDir("fixtures/" + name);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> JavaFileObjects.forResource(toUrl(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One fixture source, for error locations. */
    static JavaFileObject source(String name, String relativePath) {
        return JavaFileObjects.forResource(toUrl(resourceDir("fixtures/" + name).resolve(relativePath)));
    }

    static Compilation compile(List<JavaFileObject> sources, String... options) {
        return Compiler.javac().withProcessors(new MigrationsProcessor()).withOptions((Object[]) options)
                .compile(sources);
    }

    static String model(Compilation compilation) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                MigrationsProcessor.MODEL_RESOURCE);
        assertTrue(file.isPresent(), "model.json was not written; diagnostics: " + compilation.diagnostics());
        try {
            return file.get().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the model equals {@code golden/<name>.json} byte for byte (or rewrites it). */
    static void assertGolden(String name, String model) {
        Path source = GOLDEN_SOURCES.resolve(name + ".json");
        try {
            if (UPDATE) {
                Files.createDirectories(source.getParent());
                Files.writeString(source, model, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.readString(source, StandardCharsets.UTF_8);
            assertEquals(expected, model, "model.json differs from " + source
                    + " (run with -Dmigrations.updateGolden=true to rewrite it, then review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resourceDir(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static URL toUrl(Path p) {
        try {
            return p.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

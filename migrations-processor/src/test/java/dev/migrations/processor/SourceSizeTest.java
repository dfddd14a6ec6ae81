package dev.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the processor's classes small: a mapping step that outgrows 400 lines is doing more than one job and
 * should be split (see {@link ModelBuilder} for the steps and the order they run in).
 */
class SourceSizeTest {

    private static final int MAX_LINES = 400;
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    @Test
    void noMainSourceFileIsLongerThan400Lines() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no sources under " + MAIN_SOURCES.toAbsolutePath());
        List<String> tooLong = sources.stream().filter(p -> lines(p) > MAX_LINES)
                .map(p -> MAIN_SOURCES.relativize(p) + " (" + lines(p) + " lines)").toList();
        assertEquals(List.of(), tooLong, "split these into smaller steps that share the MappingContext");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

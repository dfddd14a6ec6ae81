package dev.migrations.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus compiles with and without the processor; nothing here measures time. */
class EntityCorpusTest {

    @TempDir
    Path work;

    @Test
    void theSameSeedWritesTheSameSources() throws IOException {
        List<Path> a = EntityCorpus.write(work.resolve("a"), 30, 7L);
        List<Path> b = EntityCorpus.write(work.resolve("b"), 30, 7L);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(Files.readString(a.get(i)), Files.readString(b.get(i)));
        }
    }

    @Test
    void aSmallCorpusCompilesAndTheProcessorDescribesEveryEntity() throws IOException {
        List<Path> sources = EntityCorpus.write(work.resolve("src"), 30, 42L);
        InProcessJavac javac = new InProcessJavac(sources);
        Path plain = Files.createDirectories(work.resolve("plain"));
        javac.compile(InProcessJavac.Processing.NONE, plain);
        assertTrue(Files.isRegularFile(plain.resolve("bench/context0/Entity0.class")));
        assertTrue(Files.notExists(plain.resolve("META-INF/migrations/model.json")));

        Path processed = Files.createDirectories(work.resolve("processed"));
        javac.compile(InProcessJavac.Processing.MIGRATIONS, processed);
        String model = Files.readString(processed.resolve("META-INF/migrations/model.json"));
        for (int i = 0; i < 30; i++) {
            boolean described = model.contains("\"name\": \"Entity" + i + "\"")
                    || model.contains("\"name\": \"t_entity" + i + "\"");
            assertTrue(described, "model.json lacks a table for Entity" + i);
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(15L, ProcessorOverheadBenchmark.median(List.of(40L, 10L, 20L, 5L)));
        assertEquals(20L, ProcessorOverheadBenchmark.median(List.of(40L, 10L, 20L)));
    }
}

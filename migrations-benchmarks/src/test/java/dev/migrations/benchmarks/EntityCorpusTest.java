package dev.migrations.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.benchmarks.EntityCorpus.Style;
import dev.migrations.benchmarks.InProcessJavac.Processing;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus compiles with and without the processor, in both styles; nothing here measures time. */
class EntityCorpusTest {

    @TempDir
    Path work;

    @Test
    void theSameSeedWritesTheSameSourcesInEitherStyle() throws IOException {
        for (Style style : Style.values()) {
            List<Path> a = EntityCorpus.write(work.resolve("a" + style), 30, 7L, style);
            List<Path> b = EntityCorpus.write(work.resolve("b" + style), 30, 7L, style);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(Files.readString(a.get(i)), Files.readString(b.get(i)));
            }
        }
    }

    @Test
    void aSmallCorpusCompilesAndTheProcessorDescribesEveryEntity() throws IOException {
        List<Path> sources = EntityCorpus.write(work.resolve("src"), 30, 42L, Style.REALISTIC);
        InProcessJavac javac = new InProcessJavac(sources);
        Path plain = Files.createDirectories(work.resolve("plain"));
        javac.compile(Processing.NONE, plain);
        assertTrue(Files.isRegularFile(plain.resolve("bench/context0/Entity0.class")));
        assertTrue(Files.notExists(plain.resolve("META-INF/migrations/model.json")));

        Path processed = Files.createDirectories(work.resolve("processed"));
        javac.compile(Processing.MIGRATIONS, processed);
        String model = Files.readString(processed.resolve("META-INF/migrations/model.json"));
        for (int i = 0; i < 30; i++) {
            boolean described = model.contains("\"name\": \"Entity" + i + "\"")
                    || model.contains("\"name\": \"t_entity" + i + "\"");
            assertTrue(described, "model.json lacks a table for Entity" + i);
        }
    }

    @Test
    void bothStylesMapTheSameSchema() throws IOException {
        String realistic = modelOf(Style.REALISTIC);
        String fieldsOnly = modelOf(Style.FIELDS_ONLY);
        assertEquals(fieldsOnly, realistic);
    }

    @Test
    void theRealisticStyleWritesLongerSourcesThanTheFieldsOnlyStyle() throws IOException {
        Path realistic = EntityCorpus.write(work.resolve("r"), 30, 42L, Style.REALISTIC).get(0);
        Path fieldsOnly = EntityCorpus.write(work.resolve("f"), 30, 42L, Style.FIELDS_ONLY).get(0);
        assertEquals(work.resolve("r").relativize(realistic), work.resolve("f").relativize(fieldsOnly));
        assertTrue(Files.size(realistic) > 2 * Files.size(fieldsOnly));
    }

    @Test
    void realisticEntitiesHaveTheMembersJpaAndIdeGeneratedCodeGiveThem() throws Exception {
        List<Path> sources = EntityCorpus.write(work.resolve("src"), 30, 42L, Style.REALISTIC);
        Path classes = Files.createDirectories(work.resolve("classes"));
        new InProcessJavac(sources).compile(Processing.NONE, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(),
                jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation()},
                getClass().getClassLoader())) {
            for (int i = 0; i < 30; i++) {
                Class<?> entity = loader.loadClass("bench.context" + (i / 25) + ".Entity" + i);
                assertTrue(Modifier.isProtected(entity.getDeclaredConstructor().getModifiers()), entity.getName());
                assertTrue(hasPublicConstructorWithParameters(entity), entity.getName());
                for (Field field : entity.getDeclaredFields()) {
                    String property = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
                    String getter = (field.getType() == boolean.class ? "is" : "get") + property;
                    assertEquals(field.getType(), entity.getMethod(getter).getReturnType(), getter);
                    entity.getMethod("set" + property, field.getType());
                }
                assertIdentityIsTheId(entity);
            }
            Class<?> status = loader.loadClass("bench.context0.Status");
            Object closed = status.getMethod("fromCode", String.class).invoke(null, "C");
            assertEquals("CLOSED", closed.toString());
            assertEquals(false, status.getMethod("isOpen").invoke(closed));
        }
    }

    @Test
    void withoutTheProcessorOnThePathJavacWritesNoModel() throws IOException {
        List<Path> sources = EntityCorpus.write(work.resolve("src"), 30, 42L, Style.REALISTIC);
        Path out = Files.createDirectories(work.resolve("out"));
        new InProcessJavac(sources).compile(Processing.NOT_ON_PATH, out);
        assertTrue(Files.isRegularFile(out.resolve("bench/context1/Entity29.class")));
        assertTrue(Files.notExists(out.resolve("META-INF/migrations/model.json")));
    }

    @Test
    void theFieldsOnlyOptionSelectsTheFieldsOnlyCorpus() {
        assertEquals(Style.REALISTIC, ProcessorOverheadBenchmark.Options.parse(new String[] {"--runs", "9"}).style());
        ProcessorOverheadBenchmark.Options options = ProcessorOverheadBenchmark.Options.parse(
                new String[] {"--fields-only", "--entities", "40"});
        assertEquals(Style.FIELDS_ONLY, options.style());
        assertEquals(40, options.entities());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcessorOverheadBenchmark.Options.parse(new String[] {"--realistic"}));
        assertTrue(e.getMessage().startsWith("[BENCH-001]"), e.getMessage());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(15L, ProcessorOverheadBenchmark.median(List.of(40L, 10L, 20L, 5L)));
        assertEquals(20L, ProcessorOverheadBenchmark.median(List.of(40L, 10L, 20L)));
    }

    private String modelOf(Style style) throws IOException {
        List<Path> sources = EntityCorpus.write(work.resolve("src-" + style), 60, 42L, style);
        Path out = Files.createDirectories(work.resolve("out-" + style));
        new InProcessJavac(sources).compile(Processing.MIGRATIONS, out);
        return Files.readString(out.resolve("META-INF/migrations/model.json"));
    }

    private static boolean hasPublicConstructorWithParameters(Class<?> type) {
        for (Constructor<?> c : type.getConstructors()) {
            if (c.getParameterCount() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Two instances with the same id are equal and hash alike; with different ids, or none, they are not. */
    private static void assertIdentityIsTheId(Class<?> entity) throws Exception {
        Constructor<?> noArgs = entity.getDeclaredConstructor();
        noArgs.setAccessible(true);
        Method setId = entity.getMethod("getId").getReturnType() == UUID.class
                ? entity.getMethod("setId", UUID.class) : entity.getMethod("setId", Long.class);
        Object a = noArgs.newInstance();
        Object b = noArgs.newInstance();
        assertNotEquals(a, b, "instances without an id are distinct");
        Object id = setId.getParameterTypes()[0] == UUID.class ? UUID.nameUUIDFromBytes(new byte[] {1}) : 1L;
        Object other = setId.getParameterTypes()[0] == UUID.class ? UUID.nameUUIDFromBytes(new byte[] {2}) : 2L;
        setId.invoke(a, id);
        setId.invoke(b, id);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.toString().startsWith(entity.getSimpleName() + "{id=" + id), a.toString());
        setId.invoke(b, other);
        assertNotEquals(a, b);
        assertTrue(Set.of(a).contains(a));
    }
}

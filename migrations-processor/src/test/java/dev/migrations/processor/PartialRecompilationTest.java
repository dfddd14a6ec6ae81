package dev.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles into a real class output directory, as Maven and IDEs do, then recompiles only some sources into
 * the same directory without cleaning it.
 */
class PartialRecompilationTest {

    @TempDir
    Path work;

    private Path src;
    private Path out;

    private static final String CUSTOMER = """
            package shop;
            import jakarta.persistence.*;
            @Entity
            public class Customer {
                @Id private Long id;
                private String name;
                private Level level;
            }
            """;
    private static final String LEVEL = """
            package shop;
            public enum Level { BRONZE, SILVER, GOLD }
            """;
    private static final String PRODUCT = """
            package shop;
            import jakarta.persistence.*;
            @Entity
            public class Product {
                @Id private Long id;
                @Embedded private Price price;
                private String title;
            }
            """;
    private static final String PRICE = """
            package shop;
            import jakarta.persistence.*;
            @Embeddable
            public class Price {
                private long cents;
                @Column(length = 3) private String currency;
            }
            """;
    private static final String ORDER = """
            package shop;
            import jakarta.persistence.*;
            @Entity
            @Table(name = "orders")
            public class Order {
                @Id @GeneratedValue private Long id;
                @ManyToOne(optional = false) private Customer customer;
            }
            """;
    private static final String ORDER_WITH_NOTE = """
            package shop;
            import jakarta.persistence.*;
            @Entity
            @Table(name = "orders")
            public class Order {
                @Id @GeneratedValue private Long id;
                @ManyToOne(optional = false) private Customer customer;
                @Column(length = 500) private String note;
            }
            """;

    private void setUp() throws IOException {
        src = Files.createDirectories(work.resolve("src/shop"));
        out = Files.createDirectories(work.resolve("classes"));
        write("Customer", CUSTOMER);
        write("Level", LEVEL);
        write("Product", PRODUCT);
        write("Price", PRICE);
        write("Order", ORDER);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(src.resolve(name + ".java"), text, StandardCharsets.UTF_8);
    }

    /** Compiles the named sources into {@code classes}, with {@code classes} on the class path. */
    private boolean compile(Path output, String... names) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<File> sources = new ArrayList<>();
            for (String name : names) {
                sources.add(src.resolve(name + ".java").toFile());
            }
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
            List<String> options = List.of("-d", output.toString(), "-classpath",
                    output + File.pathSeparator + System.getProperty("java.class.path"), "-implicit:none");
            StringWriter diagnostics = new StringWriter();
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null, units);
            task.setProcessors(List.of(new MigrationsProcessor()));
            boolean ok = task.call();
            if (!ok) {
                System.out.println(diagnostics);
            }
            return ok;
        }
    }

    private String modelText(Path output) throws IOException {
        return Files.readString(output.resolve(MigrationsProcessor.MODEL_RESOURCE), StandardCharsets.UTF_8);
    }

    private Schema model(Path output) throws IOException {
        return ModelJson.read("model.json", modelText(output));
    }

    private static List<String> tableNames(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }

    @Test
    void recompilingOneChangedEntityKeepsEveryOtherTable() throws IOException {
        setUp();
        assertTrue(compile(out, "Customer", "Level", "Product", "Price", "Order"));
        assertEquals(List.of("Customer", "Product", "orders"), tableNames(model(out)));

        write("Order", ORDER_WITH_NOTE);
        assertTrue(compile(out, "Order"));

        Schema partial = model(out);
        assertEquals(List.of("Customer", "Product", "orders"), tableNames(partial));
        Table orders = partial.table("orders").orElseThrow();
        assertTrue(orders.column("note").isPresent(), "the recompiled change is in the model");
        assertEquals(List.of("cents", "currency"), partial.table("Product").orElseThrow().columns().stream()
                .map(c -> c.name()).filter(n -> !n.equals("id") && !n.equals("title")).toList(),
                "an embeddable read from its class file still maps");

        Path clean = Files.createDirectories(work.resolve("clean"));
        assertTrue(compile(clean, "Customer", "Level", "Product", "Price", "Order"));
        assertEquals(modelText(clean), modelText(out), "a partial build writes the same bytes as a clean one");
    }

    @Test
    void renameHintsOfClassesReadFromClassFilesAreKeptThoughTheAnnotationIsSourceOnly() throws IOException {
        setUp();
        write("Customer", CUSTOMER.replace("@Entity", "@Entity @dev.migrations.annotations.RenamedFrom(\"clients\")")
                .replace("private String name;", "@dev.migrations.annotations.RenamedFrom(\"label\") private String name;"));
        write("Price", PRICE.replace("private long cents;",
                "@dev.migrations.annotations.RenamedFrom(\"amount\") private long cents;"));
        assertTrue(compile(out, "Customer", "Level", "Product", "Price", "Order"));
        write("Order", ORDER_WITH_NOTE);
        assertTrue(compile(out, "Order", "Product"));

        Schema partial = model(out);
        Table customer = partial.table("Customer").orElseThrow();
        assertEquals(List.of("clients"), customer.renamedFrom());
        assertEquals(List.of("label"), customer.column("name").orElseThrow().renamedFrom());
        assertEquals(List.of("amount"), partial.table("Product").orElseThrow().column("cents").orElseThrow()
                .renamedFrom(), "the embeddable's hint, read from its class file, is kept");
        Path clean = Files.createDirectories(work.resolve("clean"));
        assertTrue(compile(clean, "Customer", "Level", "Product", "Price", "Order"));
        assertEquals(modelText(clean), modelText(out), "a partial build writes the same bytes as a clean one");

        write("Customer", CUSTOMER);
        assertTrue(compile(out, "Customer"));
        assertEquals(List.of(), model(out).table("Customer").orElseThrow().renamedFrom(),
                "a hint removed from a recompiled source is gone");
    }

    @Test
    void theImplicitSequenceOfARenamedEntityReadFromItsClassFileKeepsItsEarlierNames() throws IOException {
        setUp();
        write("Order", ORDER.replace("@Entity", "@Entity @dev.migrations.annotations.RenamedFrom(\"purchases\")"));
        assertTrue(compile(out, "Customer", "Level", "Product", "Price", "Order"));
        write("Customer", CUSTOMER.replace("private String name;", "private String fullName;"));
        assertTrue(compile(out, "Customer"));

        Sequence sequence = model(out).sequences().get(0);
        assertEquals("orders_SEQ", sequence.name());
        assertEquals(List.of("purchases_SEQ"), sequence.renamedFrom());
        Path clean = Files.createDirectories(work.resolve("clean"));
        assertTrue(compile(clean, "Customer", "Level", "Product", "Price", "Order"));
        assertEquals(modelText(clean), modelText(out), "a partial build writes the same bytes as a clean one");
    }

    @Test
    void recompilingOnlyAnEnumRefreshesTheChecksOfTheEntitiesThatUseIt() throws IOException {
        setUp();
        assertTrue(compile(out, "Customer", "Level", "Product", "Price", "Order"));
        write("Level", "package shop;\npublic enum Level { BRONZE, SILVER, GOLD, PLATINUM }\n");
        assertTrue(compile(out, "Level"));
        assertTrue(modelText(out).contains("\"max\": 3"), "the ordinal check covers the new constant");
        assertEquals(List.of("Customer", "Product", "orders"), tableNames(model(out)));
    }

    @Test
    void aDeletedEntityDisappearsFromTheModel() throws IOException {
        setUp();
        assertTrue(compile(out, "Customer", "Level", "Product", "Price", "Order"));
        Files.delete(src.resolve("Product.java"));
        Files.delete(out.resolve("shop/Product.class"));

        assertTrue(compile(out, "Order"));

        assertEquals(List.of("Customer", "orders"), tableNames(model(out)));
        assertFalse(Files.readString(out.resolve(MigrationsProcessor.TYPES_RESOURCE)).contains("shop.Product"));
    }

    @Test
    void aFailedRecompilationLeavesThePreviousModelUntouched() throws IOException {
        setUp();
        assertTrue(compile(out, "Customer", "Level", "Product", "Price", "Order"));
        String before = modelText(out);
        write("Order", ORDER.replace("private Customer customer;",
                "private Customer customer;\n    private java.util.Optional<String> broken;"));

        assertFalse(compile(out, "Order"));

        assertEquals(before, modelText(out));
    }
}

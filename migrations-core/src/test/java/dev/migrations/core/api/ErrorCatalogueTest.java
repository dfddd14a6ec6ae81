package dev.migrations.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every error id the code raises has a row in the catalogue under docs/errors, saying when and what to do. */
class ErrorCatalogueTest {

    /** An id as a string of its own ({@code "RUN-001"}) or opening a message ({@code "[CONFIG-101] …}). */
    private static final Pattern RAISED = Pattern.compile("\"\\[?((?:CONFIG|SCRIPT|INTEGRITY|RUN|DEV|DB|INTROSPECT"
            + "|DIFF|AUTOGEN|PLUGIN|MODEL|BENCH|SHADOW)-\\d{3})[\\]\"]");
    private static final Pattern CATALOGUED = Pattern.compile("^\\| `?([A-Z]+-\\d{3})`? \\|", Pattern.MULTILINE);

    @Test
    void everyRaisedIdIsCatalogued() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Set<String> raised = new TreeSet<>();
        for (String module : List.of("migrations-core", "migrations-maven-plugin", "migrations-model",
                "migrations-benchmarks", "migrations-spring-boot-starter")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = RAISED.matcher(Files.readString(file));
                    while (m.find()) {
                        raised.add(m.group(1));
                    }
                }
            }
        }
        Set<String> catalogued = new TreeSet<>();
        try (Stream<Path> pages = Files.list(root.resolve("docs/errors"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher m = CATALOGUED.matcher(Files.readString(page));
                while (m.find()) {
                    catalogued.add(m.group(1));
                }
            }
        }
        raised.removeAll(catalogued);
        assertEquals(Set.of(), raised, "raised in the code but missing from docs/errors");
    }
}

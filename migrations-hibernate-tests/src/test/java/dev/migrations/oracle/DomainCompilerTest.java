package dev.migrations.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainCompilerTest {

    @TempDir
    Path work;

    private Path source(String relative, String text) throws IOException {
        Path file = work.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void theNamingOptionReachesTheProcessorAndTheClassesLoad() throws IOException {
        source("lib/BookLoan.java", """
                package lib;

                @jakarta.persistence.Entity
                public class BookLoan {
                    @jakarta.persistence.Id
                    private Long id;
                    private java.time.LocalDate dueDate;
                }
                """);
        CompiledDomain jpa = DomainCompiler.compile(work.resolve("src"), Naming.JPA,
                Files.createDirectories(work.resolve("jpa")));
        CompiledDomain snake = DomainCompiler.compile(work.resolve("src"), Naming.SNAKE_CASE,
                Files.createDirectories(work.resolve("snake")));

        assertTrue(jpa.model().table("BookLoan").orElseThrow().column("dueDate").isPresent());
        assertTrue(snake.model().table("book_loan").orElseThrow().column("due_date").isPresent());
        assertEquals("lib.BookLoan", jpa.entityClasses().get(0).getName());
        assertEquals(jpa.classLoader(), jpa.entityClasses().get(0).getClassLoader());
        assertTrue(jpa.modelJson().contains("\"BookLoan\""));
    }

    @Test
    void aCompileErrorNamesTheFileAndLine() throws IOException {
        source("lib/Broken.java", "package lib;\n\npublic class Broken { int x = ; }\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DomainCompiler.compile(work.resolve("src"), Naming.JPA,
                        Files.createDirectories(work.resolve("out"))));
        assertTrue(e.getMessage().contains("Broken.java:3"), e.getMessage());
    }
}

package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class GeneratedTypesTest {

    /** Generates an embeddable in the first round, as code generators (MapStruct, Immutables…) do. */
    static final class EmbeddableGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("jakarta.persistence.Entity");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done || annotations.isEmpty()) {
                return false;
            }
            done = true;
            try {
                JavaFileObject file = processingEnv.getFiler().createSourceFile("com.acme.Money");
                try (Writer w = file.openWriter()) {
                    w.write("package com.acme;\n@jakarta.persistence.Embeddable\npublic class Money {\n"
                            + "    private long cents;\n    @jakarta.persistence.Column(length = 3)"
                            + " private String currency;\n}\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }

    @Test
    void anEntityUsingATypeGeneratedInALaterRoundIsMappedCompletely() {
        JavaFileObject invoice = JavaFileObjects.forSourceLines("com.acme.Invoice",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Invoice {",
                "    @Id private Long id;",
                "    @Embedded private Money total;",
                "}");
        Compilation compilation = Compiler.javac()
                .withProcessors(new EmbeddableGenerator(), new MigrationsProcessor())
                .compile(invoice);
        assertThat(compilation).succeeded();
        Table table = ModelJson.read("model.json", Fixtures.model(compilation)).table("Invoice").orElseThrow();
        assertEquals(List.of("id", "cents", "currency"), table.columns().stream().map(c -> c.name()).toList());
        assertEquals("varchar(3)", table.column("currency").orElseThrow().type().toString());
    }
}

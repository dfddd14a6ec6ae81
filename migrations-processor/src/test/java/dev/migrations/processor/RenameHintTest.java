package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class RenameHintTest {

    @Test
    void renamedFromIsRecordedOnTheTableAndOnEveryKindOfSingleColumnAttribute() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("renames"));
        assertThat(compilation).succeededWithoutWarnings();
        Fixtures.assertGolden("renames", Fixtures.model(compilation));
    }

    @Test
    void snakeCaseNamingKeepsTheHintAsWrittenSinceItIsAPhysicalName() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("renames"), "-Amigrations.naming=snake_case");
        assertThat(compilation).succeededWithoutWarnings();
        Table clients = ModelJson.read("model.json", Fixtures.model(compilation)).table("clients").orElseThrow();
        assertEquals(List.of("customers"), clients.renamedFrom());
        assertEquals(List.of("referrer_id"), clients.column("referred_by_id").orElseThrow().renamedFrom());
    }

    @Test
    void anEmptyNameIsAnErrorOnTheAnnotation() {
        JavaFileObject source = entity("com.acme.Empty",
                "@Entity public class Empty {",
                "    @Id Long id;",
                "    @RenamedFrom({}) String title;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(source));
        assertThat(compilation).hadErrorContaining("[PROC-014] @RenamedFrom needs the column's earlier name")
                .inFile(source).onLineContaining("@RenamedFrom({})");
    }

    @Test
    void aBlankNameIsAnError() {
        JavaFileObject source = entity("com.acme.Blank",
                "@Entity @RenamedFrom(\" \") public class Blank {",
                "    @Id Long id;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(source));
        assertThat(compilation).hadErrorContaining("[PROC-014] @RenamedFrom needs the table's earlier name")
                .inFile(source).onLineContaining("public class Blank");
    }

    @Test
    void theCurrentNameIsLeftOutWithAWarning() {
        JavaFileObject source = entity("com.acme.Same",
                "@Entity public class Same {",
                "    @Id Long id;",
                "    @RenamedFrom({\"title\", \"heading\"}) String title;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(source));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("@RenamedFrom(\"title\") names the column's current name")
                .inFile(source).onLineContaining("String title");
        Schema schema = ModelJson.read("model.json", Fixtures.model(compilation));
        assertEquals(List.of("heading"),
                schema.table("Same").orElseThrow().column("title").orElseThrow().renamedFrom());
    }

    @Test
    void aHintWhereItMeansNothingIsAWarningAndTheModelIsStillWritten() {
        JavaFileObject source = entity("com.acme.Misplaced",
                "@Entity public class Misplaced {",
                "    @Id Long id;",
                "    @RenamedFrom(\"cache\") @Transient String scratch;",
                "    @RenamedFrom(\"labels\") @ElementCollection java.util.Set<String> tags;",
                "    @RenamedFrom(\"old_part\") @Embedded Part part;",
                "}",
                "@Embeddable @RenamedFrom(\"piece\") class Part { String code; }");
        Compilation compilation = Fixtures.compile(List.of(source));
        assertThat(compilation).succeeded();
        for (String line : List.of("String scratch", "Set<String> tags", "Part part", "class Part")) {
            assertThat(compilation).hadWarningContaining("[PROC-014] @RenamedFrom has no effect on")
                    .inFile(source).onLineContaining(line);
        }
        Schema schema = ModelJson.read("model.json", Fixtures.model(compilation));
        assertEquals(List.of(), schema.table("Misplaced").orElseThrow().renamedFrom());
    }

    private static JavaFileObject entity(String name, String... lines) {
        String pkg = name.substring(0, name.lastIndexOf('.'));
        String[] all = new String[lines.length + 3];
        all[0] = "package " + pkg + ";";
        all[1] = "import jakarta.persistence.*;";
        all[2] = "import dev.migrations.annotations.RenamedFrom;";
        System.arraycopy(lines, 0, all, 3, lines.length);
        return JavaFileObjects.forSourceLines(name, all);
    }
}

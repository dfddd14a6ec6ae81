package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
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

    @Test
    void theImplicitSequenceOfARenamedTableHasTheEarlierTablesSequencesAsEarlierNames() {
        JavaFileObject auto = entity("com.acme.Client",
                "@Entity @Table(name = \"clients\") @RenamedFrom({\"customers\", \"buyers\"})",
                "public class Client {",
                "    @Id @GeneratedValue Long id;",
                "}");
        JavaFileObject sequence = entity("com.acme.Invoice",
                "@Entity @RenamedFrom(\"Bill\") public class Invoice {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(auto, sequence));
        assertThat(compilation).succeededWithoutWarnings();
        Schema schema = ModelJson.read("model.json", Fixtures.model(compilation));
        assertEquals(List.of(new Sequence(null, "Invoice_SEQ", 1, 50, "com.acme.Invoice#id", List.of("Bill_SEQ")),
                new Sequence(null, "clients_SEQ", 1, 50, "com.acme.Client#id",
                        List.of("customers_SEQ", "buyers_SEQ"))), schema.sequences());
    }

    @Test
    void snakeCaseNamesTheEarlierSequencesAsItNamesTheImplicitOne() {
        JavaFileObject source = entity("com.acme.Client",
                "@Entity @Table(name = \"clients\") @RenamedFrom(\"customers\")",
                "public class Client {",
                "    @Id @GeneratedValue Long id;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(source), "-Amigrations.naming=snake_case");
        assertThat(compilation).succeededWithoutWarnings();
        Sequence sequence = ModelJson.read("model.json", Fixtures.model(compilation)).sequences().get(0);
        assertEquals("clients_seq", sequence.name());
        assertEquals(List.of("customers_seq"), sequence.renamedFrom());
    }

    @Test
    void aSequenceNamedExplicitlyOrByTheGeneratorKeepsNoEarlierNames() {
        JavaFileObject named = entity("com.acme.Client",
                "@Entity @Table(name = \"clients\") @RenamedFrom(\"customers\")",
                "public class Client {",
                "    @Id @GeneratedValue(generator = \"ids\")",
                "    @SequenceGenerator(name = \"ids\", sequenceName = \"customers_SEQ\") Long id;",
                "}");
        JavaFileObject generator = entity("com.acme.Invoice",
                "@Entity @RenamedFrom(\"Bill\") public class Invoice {",
                "    @Id @GeneratedValue(generator = \"invoice_ids\") Long id;",
                "}");
        JavaFileObject identity = entity("com.acme.Order",
                "@Entity @Table(name = \"orders\") @RenamedFrom(\"purchases\") public class Order {",
                "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(named, generator, identity));
        assertThat(compilation).succeededWithoutWarnings();
        Schema schema = ModelJson.read("model.json", Fixtures.model(compilation));
        assertEquals(List.of(new Sequence(null, "customers_SEQ", 1, 50, "com.acme.Client#id"),
                new Sequence(null, "invoice_ids", 1, 50, "com.acme.Invoice#id")), schema.sequences());
        assertEquals(List.of("purchases"), schema.table("orders").orElseThrow().renamedFrom());
    }

    @Test
    void aJoinedSubclassRenamedAloneLeavesTheRootsSequenceAlone() {
        JavaFileObject root = entity("com.acme.Party",
                "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Party {",
                "    @Id @GeneratedValue Long id;",
                "}");
        JavaFileObject child = entity("com.acme.Person",
                "@Entity @RenamedFrom(\"Human\") public class Person extends Party {",
                "    String name;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(root, child));
        assertThat(compilation).succeededWithoutWarnings();
        Schema schema = ModelJson.read("model.json", Fixtures.model(compilation));
        assertEquals(List.of(new Sequence(null, "Party_SEQ", 1, 50, "com.acme.Party#id")), schema.sequences());
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

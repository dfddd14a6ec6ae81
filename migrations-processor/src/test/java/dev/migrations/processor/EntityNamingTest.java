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

class EntityNamingTest {

    private static final JavaFileObject NESTED = JavaFileObjects.forSourceLines("com.acme.Catalog",
            "package com.acme;",
            "import jakarta.persistence.*;",
            "public class Catalog {",
            "    @Entity",
            "    public static class Entry {",
            "        @Id @GeneratedValue private Long id;",
            "        @ElementCollection private java.util.Set<String> tags;",
            "    }",
            "}");

    @Test
    void aNestedEntityIsNamedByItsBinaryNameAsHibernateDoes() {
        Compilation compilation = Fixtures.compile(List.of(NESTED));
        assertThat(compilation).succeededWithoutWarnings();
        Schema schema = ModelJson.read("model.json", Fixtures.model(compilation));
        assertEquals(List.of("Catalog$Entry", "Catalog$Entry_tags"), schema.tables().stream().map(Table::name).toList());
        assertEquals("Catalog$Entry_SEQ", schema.sequences().get(0).name());
        assertEquals("Catalog$Entry_id", schema.table("Catalog$Entry_tags").orElseThrow().columns().get(0).name());
    }

    @Test
    void snakeCaseSplitsCamelCaseButNotAcronymsAsSpringBootDoes() {
        assertEquals("order_line", Naming.SNAKE_CASE.physicalName("OrderLine"));
        assertEquals("line_item_id", Naming.SNAKE_CASE.physicalName("lineItem_id"));
        assertEquals("customerid", Naming.SNAKE_CASE.physicalName("customerID"));
        assertEquals("address_street", Naming.SNAKE_CASE.physicalName("address.street"));
        assertEquals("vat2_rate", Naming.SNAKE_CASE.physicalName("vat2Rate"));
        assertEquals("Order", Naming.SNAKE_CASE.physicalName("`Order`"));
        assertEquals("OrderLine", Naming.JPA.physicalName("OrderLine"));
    }
}

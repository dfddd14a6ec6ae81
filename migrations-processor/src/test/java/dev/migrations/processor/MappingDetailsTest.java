package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Details of single mappings, each compared with what Hibernate ORM 7 creates for it. */
class MappingDetailsTest {

    private static JavaFileObject source(String simpleName, String... lines) {
        String[] all = new String[lines.length + 2];
        all[0] = "package com.acme;";
        all[1] = "import jakarta.persistence.*;";
        System.arraycopy(lines, 0, all, 2, lines.length);
        return JavaFileObjects.forSourceLines("com.acme." + simpleName, all);
    }

    private static Schema schema(JavaFileObject... sources) {
        Compilation compilation = Fixtures.compile(List.of(sources));
        assertThat(compilation).succeeded();
        return ModelJson.read("model.json", Fixtures.model(compilation));
    }

    private static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema));
    }

    private static String type(Table table, String column) {
        return table.column(column).orElseThrow(() -> new AssertionError("no column " + column + " in " + table))
                .type().toString();
    }

    private static List<String> checks(Table table) {
        return table.checks().stream().map(CheckConstraint::condition).map(Object::toString).sorted().toList();
    }

    @Test
    void aConverterForTheKeyOfAMapTypesTheKeyColumn() {
        JavaFileObject mood = source("Mood", "public enum Mood { SAD, HAPPY }");
        JavaFileObject converter = source("MoodConv",
                "@Converter public class MoodConv implements AttributeConverter<Mood, Character> {",
                "    public Character convertToDatabaseColumn(Mood m) { return m == Mood.SAD ? 'S' : 'H'; }",
                "    public Mood convertToEntityAttribute(Character c) { return c == 'S' ? Mood.SAD : Mood.HAPPY; }",
                "}");
        JavaFileObject feel = source("Feel",
                "@Entity public class Feel {",
                "    @Id Long id;",
                "    @ElementCollection @Convert(converter = MoodConv.class, attributeName = \"key\")",
                "    java.util.Map<Mood, String> notes;",
                "}");
        Table notes = table(schema(mood, converter, feel), "Feel_notes");
        assertEquals("char(1)", type(notes, "notes_KEY"));
        assertEquals("varchar(255)", type(notes, "notes"));
        assertEquals(List.of(), checks(notes));
    }

    @Test
    void aManyToOneInsideAnEmbeddableNestedInACollectionElementGetsItsColumnAndForeignKey() {
        JavaFileObject city = source("City", "@Entity public class City { @Id Long id; String name; }");
        JavaFileObject place = source("Place",
                "@Embeddable public class Place {",
                "    String street;",
                "    @ManyToOne City city;",
                "}");
        JavaFileObject stop = source("Stop",
                "@Embeddable public class Stop {",
                "    int minutes;",
                "    @Embedded Place place;",
                "}");
        JavaFileObject trip = source("Trip",
                "@Entity public class Trip {",
                "    @Id Long id;",
                "    @ElementCollection java.util.List<Stop> stops;",
                "}");
        Table stops = table(schema(city, place, stop, trip), "Trip_stops");
        assertEquals("bigint", type(stops, "city_id"));
        assertEquals("varchar(255)", type(stops, "street"));
        assertEquals(List.of(List.of("Trip_id"), List.of("city_id")), stops.foreignKeys().stream()
                .map(dev.migrations.model.ForeignKey::columns).sorted(java.util.Comparator.comparing(Object::toString))
                .toList());
    }
}

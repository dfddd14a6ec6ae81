package dev.migrations.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

    static Schema sample() {
        Table author = new Table(null, "Author", "people who write",
                List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, null, true, null, null,
                                "com.acme.Author#id"),
                        new Column("name", ColumnType.varchar(120), false, "'anonymous'", false, "pen name", null,
                                "com.acme.Author#name"),
                        Column.of("status", ColumnType.varchar(255), true, "com.acme.Author#status"),
                        Column.of("level", ColumnType.of(TypeKind.TINYINT), true, "com.acme.Author#level"),
                        new Column("bio", ColumnType.of(TypeKind.OTHER), true, null, false, null,
                                "text not null", "com.acme.Author#bio")),
                PrimaryKey.of("id"),
                List.of(new UniqueConstraint(null, List.of("name"), "com.acme.Author#name")),
                List.of(new Index("idx_author_name", List.of(IndexColumn.asc("name"),
                        new IndexColumn("level", true)), false, "com.acme.Author")),
                List.of(),
                List.of(new CheckConstraint(null, new CheckCondition.InValues("status", List.of("NEW", "GONE")),
                                "com.acme.Author#status"),
                        new CheckConstraint(null, new CheckCondition.Range("level", 0L, 2L), null),
                        new CheckConstraint("ck_quote", new CheckCondition.Expression("name <> 'x\"y\\\\z'"), null)),
                "com.acme.Author");
        Table book = new Table("library", "Book", null,
                List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, "com.acme.Book#id"),
                        Column.of("price", ColumnType.decimal(10, 2), true, "com.acme.Book#price"),
                        Column.of("published", ColumnType.of(TypeKind.TIMESTAMP_TZ).withPrecision(6), true,
                                "com.acme.Book#published"),
                        Column.of("author_id", ColumnType.of(TypeKind.BIGINT), true, "com.acme.Book#author")),
                new PrimaryKey("pk_book", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey(null, List.of("author_id"), null, "Author", List.of("id"),
                        ReferentialAction.CASCADE, null, "com.acme.Book#author")),
                List.of(), "com.acme.Book");
        return new Schema(List.of(book, author),
                List.of(new Sequence(null, "Book_SEQ", 1, 50, "com.acme.Book#id")),
                List.of(new GeneratorTable(null, "hibernate_sequences", "sequence_name", 255, "next_val",
                        List.of(new GeneratorTable.Segment("Order", 0)), "com.acme.Order#id")));
    }

    @Test
    void writtenSchemaReadsBackEqual() {
        Schema schema = sample();
        assertEquals(schema, ModelJson.read("model.json", ModelJson.write(schema)));
    }

    @Test
    void sameSchemaAlwaysWritesTheSameBytes() {
        String first = ModelJson.write(sample());
        String second = ModelJson.write(ModelJson.read("model.json", first));
        assertEquals(first, second);
    }

    @Test
    void tablesAreWrittenInCanonicalOrderWhateverTheInputOrder() {
        Schema s = sample();
        Schema reversed = new Schema(List.of(s.tables().get(1), s.tables().get(0)), s.sequences(),
                s.generatorTables());
        assertEquals(ModelJson.write(s), ModelJson.write(reversed));
        assertEquals("Author", s.tables().get(0).name());
    }

    @Test
    void renamedTablesAndColumnsReadBackWithTheirEarlierNames() {
        Table author = sample().tables().get(0);
        Table renamed = new Table(null, author.name(), null, List.of(author.columns().get(0),
                author.columns().get(1).withRenamedFrom(List.of("pen_name", "alias"))), author.primaryKey(),
                List.of(), List.of(), List.of(), List.of(), author.origin(), List.of("Writer"));
        Schema schema = new Schema(List.of(renamed), List.of(), List.of());
        String json = ModelJson.write(schema);
        assertEquals(schema, ModelJson.read("model.json", json));
        assertTrue(json.contains("\"origin\": \"com.acme.Author\",\n      \"renamedFrom\": [\"Writer\"],\n"), json);
        assertTrue(json.contains("\"renamedFrom\": [\"pen_name\", \"alias\"]\n"), json);
    }

    @Test
    void aRenamedSequenceReadsBackWithItsEarlierNamesWrittenAfterItsOrigin() {
        Sequence renamed = new Sequence(null, "clients_SEQ", 1, 50, "com.acme.Client#id",
                List.of("customers_SEQ", "buyers_SEQ"));
        Schema schema = new Schema(List.of(), List.of(renamed), List.of());
        String json = ModelJson.write(schema);
        assertEquals(schema, ModelJson.read("model.json", json));
        assertTrue(json.contains("\"origin\": \"com.acme.Client#id\",\n      \"renamedFrom\": [\"customers_SEQ\","
                + " \"buyers_SEQ\"]\n    }"), json);
    }

    @Test
    void aSequenceWithoutEarlierNamesHasNoRenamedFieldAndReadsBackEmpty() {
        Schema schema = new Schema(List.of(), List.of(new Sequence(null, "clients_SEQ", 1, 50, null)), List.of());
        String json = ModelJson.write(schema);
        assertTrue(!json.contains("renamedFrom"), json);
        assertEquals(List.of(), ModelJson.read("model.json", json).sequences().get(0).renamedFrom());
    }

    @Test
    void aModelWithoutRenamesHasNoRenamedFromField() {
        String json = ModelJson.write(sample());
        assertTrue(!json.contains("renamedFrom"), json);
        assertEquals(List.of(), ModelJson.read("model.json", json).tables().get(0).renamedFrom());
    }

    @Test
    void outputIsIndentedWithAFinalNewlineAndAVersion() {
        String json = ModelJson.write(Schema.empty());
        assertEquals("{\n  \"formatVersion\": 1,\n  \"tables\": [],\n  \"sequences\": [],\n"
                + "  \"generatorTables\": []\n}\n", json);
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelJson.read("target/model.json", "{\n  \"formatVersion\": 1,\n  \"tables\": [}\n"));
        assertEquals(ModelFormatException.MALFORMED, e.id());
        assertTrue(e.getMessage().startsWith("[MODEL-001] target/model.json:3:14: malformed JSON"),
                e.getMessage());
        assertTrue(e.getMessage().contains("mvn compile"), e.getMessage());
    }

    @Test
    void aNewerFormatVersionIsRefusedWithTheWayOut() {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelJson.read("model.json", "{\"formatVersion\": 2, \"tables\": []}"));
        assertEquals(ModelFormatException.UNSUPPORTED_VERSION, e.id());
        assertTrue(e.getMessage().contains("version 2 is not supported"), e.getMessage());
    }

    @Test
    void aDocumentWithoutVersionIsNotAModel() {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelJson.read("model.json", "{\"tables\": []}"));
        assertEquals(ModelFormatException.INVALID, e.id());
    }

    @Test
    void invalidContentNamesTheJsonPath() {
        String json = "{\"formatVersion\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"c\","
                + " \"type\": \"varchar(x)\"}]}], \"sequences\": []}";
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelJson.read("m.json", json));
        assertEquals(ModelFormatException.INVALID, e.id());
        assertTrue(e.getMessage().contains("$.tables[0].columns[0].type"), e.getMessage());
    }

    @Test
    void missingFieldIsNamed() {
        String json = "{\"formatVersion\": 1, \"tables\": [{\"columns\": []}], \"sequences\": []}";
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelJson.read("m.json", json));
        assertTrue(e.getMessage().contains("$.tables[0]: missing \"name\""), e.getMessage());
    }

    @Test
    void trailingGarbageAndDuplicateKeysAreMalformed() {
        assertEquals(ModelFormatException.MALFORMED, assertThrows(ModelFormatException.class,
                () -> ModelJson.read("m", "{\"formatVersion\": 1} x")).id());
        assertEquals(ModelFormatException.MALFORMED, assertThrows(ModelFormatException.class,
                () -> ModelJson.read("m", "{\"formatVersion\": 1, \"formatVersion\": 1}")).id());
    }

    @Test
    void stringsWithControlAndUnicodeCharactersSurviveARoundTrip() {
        Table t = new Table(null, "t", "line1\nline2\t\u0001 caf\u00e9 \u2603",
                List.of(Column.of("c", ColumnType.varchar(1), true, null)), null, List.of(), List.of(), List.of(),
                List.of(), null);
        Schema s = new Schema(List.of(t), List.of(), List.of());
        String json = ModelJson.write(s);
        assertTrue(json.contains("\\u0001"), json);
        assertEquals(s, ModelJson.read("m", json));
    }
}

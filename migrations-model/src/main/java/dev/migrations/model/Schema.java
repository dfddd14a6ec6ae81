package dev.migrations.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A logical database schema: what the entities need, or what a database holds. The lists are kept in a
 * canonical order (tables and sequences by schema and name) so that equal schemas print equal JSON.
 *
 * <pre>{@code
 * Schema schema = ModelJson.read(Files.readString(Path.of("target/classes/META-INF/migrations/model.json")));
 * schema.table("users").ifPresent(t -> System.out.println(t.columns().size()));
 * }</pre>
 *
 * @param tables          the tables
 * @param sequences       the sequences the ORM's generators use
 * @param generatorTables the tables that table generators use
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<GeneratorTable> generatorTables) {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    public Schema {
        tables = tables.stream()
                .sorted(Comparator.comparing(Table::schema, NULLS_FIRST).thenComparing(Table::name))
                .toList();
        sequences = sequences.stream()
                .sorted(Comparator.comparing(Sequence::schema, NULLS_FIRST).thenComparing(Sequence::name))
                .toList();
        generatorTables = generatorTables.stream()
                .sorted(Comparator.comparing(GeneratorTable::schema, NULLS_FIRST)
                        .thenComparing(GeneratorTable::name))
                .toList();
    }

    /** An empty schema. */
    public static Schema empty() {
        return new Schema(List.of(), List.of(), List.of());
    }

    /** The first table with this exact name, in any schema. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}

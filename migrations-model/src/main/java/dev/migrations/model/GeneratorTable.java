package dev.migrations.model;

import java.util.List;
import java.util.Objects;

/**
 * A table that hands out identifiers ({@code @TableGenerator}, {@code GenerationType.TABLE}): one row per
 * segment, keyed by {@code segmentColumn}, holding the next value in {@code valueColumn}.
 *
 * <pre>{@code
 * GeneratorTable t = new GeneratorTable(null, "hibernate_sequences", "sequence_name", 255, "next_val",
 *         List.of(new GeneratorTable.Segment("default", 0)), "com.acme.Order#id");
 * }</pre>
 *
 * @param schema              the schema, or {@code null}
 * @param name                the table name
 * @param segmentColumn       the key column
 * @param segmentColumnLength the length of the key column
 * @param valueColumn         the value column ({@code bigint})
 * @param segments            the rows the generators expect, sorted by segment value
 * @param origin              where it came from, or {@code null}
 */
public record GeneratorTable(String schema, String name, String segmentColumn, int segmentColumnLength,
                             String valueColumn, List<Segment> segments, String origin) {

    public GeneratorTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segmentColumn, "segmentColumn");
        Objects.requireNonNull(valueColumn, "valueColumn");
        segments = List.copyOf(segments);
    }

    /** One generator's row: its key and its initial value. */
    public record Segment(String value, long initialValue) {
        public Segment {
            Objects.requireNonNull(value, "value");
        }
    }
}

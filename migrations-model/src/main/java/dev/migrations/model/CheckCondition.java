package dev.migrations.model;

import java.util.List;
import java.util.Objects;

/**
 * What a check constraint requires, as structured data so that a diff compares meaning, not spelling.
 *
 * <pre>{@code
 * CheckCondition status = new CheckCondition.InValues("status", List.of("DRAFT", "PUBLISHED"));
 * CheckCondition level = new CheckCondition.Range("level", 0L, 2L);
 * CheckCondition other = new CheckCondition.Expression("price >= cost");
 * }</pre>
 */
public sealed interface CheckCondition {

    /** {@code column in ('A','B',…)}: the values of a string enum, in declaration order. */
    record InValues(String column, List<String> values) implements CheckCondition {
        public InValues {
            Objects.requireNonNull(column, "column");
            values = List.copyOf(values);
        }
    }

    /** {@code column between min and max}, either bound optional: ordinal enums, {@code @Min}, {@code @Max}. */
    record Range(String column, Long min, Long max) implements CheckCondition {
        public Range {
            Objects.requireNonNull(column, "column");
            if (min == null && max == null) {
                throw new IllegalArgumentException("a range needs a lower or an upper bound");
            }
        }
    }

    /** Any other condition, as SQL text used verbatim. */
    record Expression(String sql) implements CheckCondition {
        public Expression {
            Objects.requireNonNull(sql, "sql");
        }
    }
}

package dev.migrations.oracle;

import java.util.Objects;

/**
 * One way the processor's model and Hibernate's schema disagree.
 *
 * @param where     the object, for example {@code customers.email} or {@code sequence product_sequence}
 * @param aspect    what differs, for example {@code type}, {@code nullable}, {@code unique}
 * @param ours      what the processor's model says ({@code absent} when it has nothing)
 * @param hibernate what Hibernate's schema says ({@code absent} when it has nothing)
 */
public record Difference(String where, String aspect, String ours, String hibernate) {

    /** The text for an object one side does not have. */
    public static final String ABSENT = "absent";

    public Difference {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(hibernate, "hibernate");
    }

    @Override
    public String toString() {
        return where + ": " + aspect + ": ours " + ours + " vs Hibernate's " + hibernate;
    }
}

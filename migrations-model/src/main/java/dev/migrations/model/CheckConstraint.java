package dev.migrations.model;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name      the constraint name, or {@code null}
 * @param condition what the constraint requires
 * @param origin    where it came from, or {@code null}
 */
public record CheckConstraint(String name, CheckCondition condition, String origin) {

    public CheckConstraint {
        Objects.requireNonNull(condition, "condition");
    }
}

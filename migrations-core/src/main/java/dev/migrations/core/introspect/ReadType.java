package dev.migrations.core.introspect;

import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.List;

/**
 * A reflected column type turned into its logical form.
 *
 * @param type             the logical type
 * @param columnDefinition the database's own spelling when the type has no logical kind
 *                         ({@link TypeKind#OTHER}), else {@code null}
 * @param enumValues       the values of a native enum type (H2, MySQL), else empty
 */
record ReadType(ColumnType type, String columnDefinition, List<String> enumValues) {

    ReadType {
        enumValues = List.copyOf(enumValues);
    }

    static ReadType of(ColumnType type) {
        return new ReadType(type, null, List.of());
    }

    static ReadType of(TypeKind kind) {
        return of(ColumnType.of(kind));
    }

    static ReadType other(String definition) {
        return new ReadType(ColumnType.of(TypeKind.OTHER), definition, List.of());
    }
}

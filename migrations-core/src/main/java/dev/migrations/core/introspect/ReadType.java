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
public record ReadType(ColumnType type, String columnDefinition, List<String> enumValues) {

    public ReadType {
        enumValues = List.copyOf(enumValues);
    }

    public static ReadType of(ColumnType type) {
        return new ReadType(type, null, List.of());
    }

    public static ReadType of(TypeKind kind) {
        return of(ColumnType.of(kind));
    }

    public static ReadType other(String definition) {
        return new ReadType(ColumnType.of(TypeKind.OTHER), definition, List.of());
    }
}

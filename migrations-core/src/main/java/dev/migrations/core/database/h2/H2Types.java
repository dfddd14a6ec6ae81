package dev.migrations.core.database.h2;

import dev.migrations.core.introspect.ReadType;
import dev.migrations.core.introspect.SqlToken;
import dev.migrations.core.introspect.SqlTokenizer;
import dev.migrations.core.introspect.TypeNames;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an H2 2.x column type, as its JDBC metadata reports it (type name, column size, decimal digits), into
 * a logical type. H2 reports standard names ({@code CHARACTER VARYING}, {@code BINARY LARGE OBJECT}); lengths
 * come from the column size, decimal precision and scale from size and digits, and the fractional-second
 * precision of time kinds from the digits.
 *
 * <p>A native {@code ENUM('A','B')} reads as {@code varchar(255)} with its values, which the reader turns into
 * an {@code in (…)} check: that is how the model describes a string enum (Hibernate's default length), so an
 * entity mapped by Hibernate onto H2's native enum diffs clean.
 */
final class H2Types {

    /** What H2 reports as the size of a large object or a type without a declared length. */
    private static final int UNBOUNDED = Integer.MAX_VALUE;
    private static final int DECFLOAT_DEFAULT_PRECISION = 100_000;

    private H2Types() {
    }

    static ReadType read(String typeName, int size, int digits) {
        String name = typeName.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("ENUM")) {
            return new ReadType(ColumnType.varchar(255), null, enumValues(typeName));
        }
        return switch (name) {
            case "CHARACTER VARYING", "VARCHAR", "CHARACTER", "CHAR", "BINARY VARYING", "VARBINARY", "BINARY" ->
                    TypeNames.read(name, List.of(size));
            case "CHARACTER LARGE OBJECT", "CLOB", "BINARY LARGE OBJECT", "BLOB" ->
                    TypeNames.read(name, size >= UNBOUNDED || size <= 0 ? List.of() : List.of(size));
            case "NUMERIC", "DECIMAL" -> ReadType.of(ColumnType.decimal(size, digits));
            case "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> TypeNames.read(name, List.of(digits));
            case "FLOAT" -> TypeNames.read(name, List.of(size));
            case "TIME WITH TIME ZONE" -> ReadType.other("TIME(" + digits + ") WITH TIME ZONE");
            case "VARCHAR_IGNORECASE" -> ReadType.other("VARCHAR_IGNORECASE(" + size + ")");
            case "DECFLOAT" -> ReadType.other(size == DECFLOAT_DEFAULT_PRECISION ? "DECFLOAT" : "DECFLOAT(" + size + ")");
            default -> {
                ReadType known = TypeNames.read(name, List.of());
                yield known != null ? known : ReadType.other(typeName.strip());
            }
        };
    }

    /** The quoted values of {@code ENUM('B', 'A')}, in the order the type declares them. */
    private static List<String> enumValues(String typeName) {
        List<String> values = new ArrayList<>();
        for (SqlToken t : SqlTokenizer.tokenize(typeName)) {
            if (t.kind() == SqlToken.Kind.STRING) {
                values.add(t.text());
            }
        }
        return values;
    }
}

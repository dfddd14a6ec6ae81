package dev.migrations.core.dialect;

import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a diff into the upgrade statements, the downgrade statements (the plan of the reversed diff) and the
 * warnings a reviewer needs.
 *
 * <pre>{@code
 * MigrationPlan plan = new MigrationPlanner(new SqliteDialect()).plan(diff);
 * }</pre>
 */
public final class MigrationPlanner {

    private static final Map<TypeKind, Integer> NUMERIC_RANK = Map.of(
            TypeKind.TINYINT, 1, TypeKind.SMALLINT, 2, TypeKind.INTEGER, 3, TypeKind.BIGINT, 4,
            TypeKind.FLOAT, 5, TypeKind.DOUBLE, 6);

    private final Dialect dialect;

    public MigrationPlanner(Dialect dialect) {
        this.dialect = dialect;
    }

    public MigrationPlan plan(SchemaDiff diff) {
        if (diff.isEmpty()) {
            return new MigrationPlan(List.of(), List.of(), List.of());
        }
        return new MigrationPlan(dialect.render(diff), dialect.render(diff.reversed()), warnings(diff));
    }

    private List<PlanWarning> warnings(SchemaDiff diff) {
        Set<PlanWarning> out = new LinkedHashSet<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.DropTable d) {
                out.add(new PlanWarning(PlanWarning.Kind.DESTRUCTIVE, "table '" + d.definition().qualifiedName()
                        + "' is dropped with all its rows; the downgrade recreates it empty"));
            } else if (c instanceof Change.DropColumn d) {
                out.add(new PlanWarning(PlanWarning.Kind.DESTRUCTIVE, "column '" + d.table() + "."
                        + d.column().name() + "' is dropped with its values; the downgrade adds it back empty"));
            } else if (c instanceof Change.AddColumn a && !a.column().nullable() && a.column().defaultValue() == null
                    && !a.column().identity()) {
                out.add(new PlanWarning(PlanWarning.Kind.NOT_NULL_WITHOUT_DEFAULT, "column '" + a.table() + "."
                        + a.column().name() + "' is NOT NULL without a default: existing rows get "
                        + fillerFor(a.column()) + "; edit the script to set another value"));
            } else if (c instanceof Change.AlterColumnNullability n && !n.to().nullable()) {
                out.add(new PlanWarning(PlanWarning.Kind.NOT_NULL_ON_EXISTING, "column '" + n.table() + "."
                        + n.to().name() + "' becomes NOT NULL: the upgrade fails if a row holds null; update those "
                        + "rows first"));
            } else if (c instanceof Change.AlterColumnType t && narrows(t.from().type(), t.to().type())) {
                out.add(new PlanWarning(PlanWarning.Kind.NARROWING, "column '" + t.table() + "." + t.to().name()
                        + "' narrows from " + t.from().type() + " to " + t.to().type()
                        + ": values that do not fit fail or are cut"));
            }
            reservedWords(c, out);
        }
        return List.copyOf(out);
    }

    private String fillerFor(Column c) {
        return dialect instanceof BaseDialect b ? b.filler(c) : "a default value";
    }

    private void reservedWords(Change c, Set<PlanWarning> out) {
        List<String> names = new ArrayList<>();
        if (c instanceof Change.AddTable a) {
            Table t = a.definition();
            names.add(t.name());
            t.columns().forEach(col -> names.add(t.name() + "." + col.name()));
        } else if (c instanceof Change.AddColumn a) {
            names.add(a.table().name() + "." + a.column().name());
        }
        for (String qualified : names) {
            String last = qualified.substring(qualified.lastIndexOf('.') + 1);
            if (dialect.isReserved(last)) {
                out.add(new PlanWarning(PlanWarning.Kind.RESERVED_WORD, "'" + qualified + "' uses the reserved word '"
                        + last + "': it is quoted in this SQL; make the ORM quote it too (Hibernate: "
                        + "hibernate.auto_quote_keyword=true)"));
            }
        }
    }

    /** A smaller length, precision or scale of the same kind, or a smaller numeric kind. */
    static boolean narrows(ColumnType from, ColumnType to) {
        if (from.kind() == to.kind()) {
            return smaller(to.length(), from.length()) || smaller(to.precision(), from.precision())
                    || smaller(to.scale(), from.scale());
        }
        Integer a = NUMERIC_RANK.get(from.kind());
        Integer b = NUMERIC_RANK.get(to.kind());
        if (a != null && b != null) {
            return b < a;
        }
        boolean fromText = from.kind() == TypeKind.CLOB || from.kind() == TypeKind.VARCHAR;
        boolean toShortText = to.kind() == TypeKind.VARCHAR || to.kind() == TypeKind.CHAR;
        return (fromText && toShortText) || (from.kind() == TypeKind.BLOB && to.kind() != TypeKind.BLOB)
                || (a != null && b == null) || (a == null && b != null);
    }

    private static boolean smaller(Integer to, Integer from) {
        return to != null && from != null && to < from;
    }
}

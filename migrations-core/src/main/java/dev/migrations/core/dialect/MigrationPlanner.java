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
        SchemaDiff reversed = diff.reversed();
        List<PlanWarning> warnings = new ArrayList<>(warnings(diff, true));
        warnings(reversed, false).forEach(w -> warnings.add(w.inDowngrade()));
        return new MigrationPlan(dialect.render(diff), dialect.render(reversed), warnings, dialect.guards(diff),
                dialect.guards(reversed));
    }

    /** The warnings of one direction's steps; names are checked for reserved words in the upgrade only. */
    private List<PlanWarning> warnings(SchemaDiff diff, boolean names) {
        Set<PlanWarning> out = new LinkedHashSet<>();
        for (Change c : diff.changes()) {
            warning(c, diff).ifPresent(out::add);
            if (names) {
                reservedWords(c, out);
            }
        }
        possibleRenames(diff, names, out);
        return List.copyOf(out);
    }

    private java.util.Optional<PlanWarning> warning(Change c, SchemaDiff diff) {
        PlanWarning w = null;
        if (c instanceof Change.DropTable d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_TABLE, "table '" + d.definition().qualifiedName()
                    + "' is dropped with all its rows; the reverse step recreates it empty");
        } else if (c instanceof Change.DropColumn d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_COLUMN, "column '" + d.table() + "." + d.column().name()
                    + "' is dropped with its values; the reverse step adds it back empty");
        } else if (c instanceof Change.DropIndex d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_INDEX, (d.index().unique() ? "unique " : "") + "index "
                    + named(d.index().name()) + "on '" + d.table() + "' (" + String.join(", ", d.index().columns()
                    .stream().map(dev.migrations.model.IndexColumn::name).toList()) + ") is dropped: queries that used it may slow "
                    + "down");
        } else if (c instanceof Change.DropUniqueConstraint d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_INDEX, "unique constraint " + named(d.constraint().name())
                    + "on '" + d.table() + "' (" + String.join(", ", d.constraint().columns()) + ") is dropped: "
                    + "duplicates become possible");
        } else if (c instanceof Change.DropPrimaryKey d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_CONSTRAINT, "the primary key of '" + d.table() + "' ("
                    + String.join(", ", d.primaryKey().columns()) + ") is dropped");
        } else if (c instanceof Change.DropCheck d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_CONSTRAINT, "check " + named(d.check().name()) + "on '"
                    + d.table() + "' is dropped: the database stops enforcing it");
        } else if (c instanceof Change.DropForeignKey d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_CONSTRAINT, "foreign key " + named(d.foreignKey().name())
                    + "of '" + d.table() + "' (" + String.join(", ", d.foreignKey().columns()) + ") to '"
                    + d.foreignKey().referencedTable() + "' is dropped: the database stops enforcing it");
        } else if (c instanceof Change.DropSequence d) {
            w = new PlanWarning(PlanWarning.Kind.DROP_SEQUENCE, "sequence '" + d.sequence().name() + "' is dropped; "
                    + "the reverse step starts it again at " + d.sequence().start());
        } else if (c instanceof Change.AddColumn a && missingValue(diff, a).isPresent()) {
            MissingValue m = missingValue(diff, a).get();
            w = new PlanWarning(PlanWarning.Kind.NO_VALUE_FOR_ROWS, "column '" + a.table() + "."
                    + a.column().name() + "' is NOT NULL without a default, and no value for existing rows can be "
                    + "derived: " + m.reason() + "; a guard refuses the revision while such rows exist; edit the "
                    + "step (see its NOTE) to give them a valid value");
        } else if (c instanceof Change.AddColumn a && !a.column().nullable() && a.column().defaultValue() == null
                && !a.column().identity()) {
            List<String> partners = RowNumbering.partners(diff.modelTable(a.table()).orElse(null),
                    diff.databaseTable(a.table()).orElse(null), a.column());
            w = new PlanWarning(PlanWarning.Kind.NOT_NULL_WITHOUT_DEFAULT, "column '" + a.table() + "."
                    + a.column().name() + "' is NOT NULL without a default: existing rows get " + (partners.isEmpty()
                    ? fillerFor(diff.modelTable(a.table()).orElse(null), a.column())
                    + "; edit the script to set another value"
                    : "0, 1, 2 … within each " + String.join(", ", partners) + " (it joins the new key), in the "
                    + "order the database stores them; edit the script if another order is meant"));
        } else if (c instanceof Change.AlterColumnNullability n && !n.to().nullable()) {
            w = new PlanWarning(PlanWarning.Kind.NOT_NULL_ON_EXISTING, "column '" + n.table() + "."
                    + n.to().name() + "' becomes NOT NULL: the step fails if a row holds null; update those "
                    + "rows first");
        } else if (c instanceof Change.AlterColumnType t && changesMeaning(t.from(), t.to())) {
            w = new PlanWarning(PlanWarning.Kind.TYPE_MEANING, "column '" + t.table() + "." + t.to().name()
                    + "' changes from " + spelled(t.from()) + " to " + spelled(t.to()) + ": " + meaning(t.from(),
                    t.to()));
        } else if (c instanceof Change.AlterColumnType t && narrows(t.from().type(), t.to().type())) {
            w = new PlanWarning(PlanWarning.Kind.NARROWING, "column '" + t.table() + "." + t.to().name()
                    + "' narrows from " + spelled(t.from()) + " to " + spelled(t.to())
                    + ": values that do not fit fail or are cut");
        } else if (c instanceof Change.AddPrimaryKey a) {
            w = new PlanWarning(PlanWarning.Kind.NEW_UNIQUE, "a primary key on '" + a.table() + "' ("
                    + String.join(", ", a.primaryKey().columns()) + ") is added: the step fails on duplicate or "
                    + "null values");
        } else if (c instanceof Change.AddUniqueConstraint a) {
            w = new PlanWarning(PlanWarning.Kind.NEW_UNIQUE, "a unique constraint on '" + a.table() + "' ("
                    + String.join(", ", a.constraint().columns()) + ") is added: the step fails on duplicates");
        } else if (c instanceof Change.AddIndex a && a.index().unique()) {
            w = new PlanWarning(PlanWarning.Kind.NEW_UNIQUE, "a unique index on '" + a.table() + "' is added: the "
                    + "step fails on duplicates");
        } else if (c instanceof Change.AddCheck a) {
            w = new PlanWarning(PlanWarning.Kind.NEW_CHECK, "a check " + named(a.check().name()) + "on '"
                    + a.table() + "' is added or changed: the step fails on rows outside it"
                    + shiftedOrdinals(a, diff));
        } else if (c instanceof Change.AddForeignKey a) {
            w = new PlanWarning(PlanWarning.Kind.NEW_FOREIGN_KEY, "a foreign key of '" + a.table() + "' ("
                    + String.join(", ", a.foreignKey().columns()) + ") to '" + a.foreignKey().referencedTable()
                    + "' is added: the step fails on rows that point nowhere");
        }
        return java.util.Optional.ofNullable(w);
    }

    private static java.util.Optional<MissingValue> missingValue(SchemaDiff diff, Change.AddColumn a) {
        return DataGuards.missingValue(diff.modelTable(a.table()).orElse(null),
                diff.databaseTable(a.table()).orElse(null), a.column());
    }

    /**
     * A column dropped and another of the same kind added in one table: perhaps a rename, which would keep data. The
     * upgrade's warning names the hint that makes autogenerate rename; the downgrade's is the same pair reversed.
     */
    private static void possibleRenames(SchemaDiff diff, boolean upgrade, Set<PlanWarning> out) {
        for (Change c : diff.changes()) {
            if (!(c instanceof Change.DropColumn drop)) {
                continue;
            }
            for (Change other : diff.changes()) {
                if (other instanceof Change.AddColumn add && add.table().equals(drop.table())
                        && add.column().type().kind() == drop.column().type().kind()) {
                    String old = drop.column().name();
                    String now = add.column().name();
                    out.add(new PlanWarning(PlanWarning.Kind.POSSIBLE_RENAME, "column '" + drop.table() + "." + old
                            + "' is dropped and '" + now + "' of the same type is added: if it is a rename, its "
                            + "values are lost; " + (upgrade ? "annotate the attribute mapped to '" + now
                            + "' with @RenamedFrom(\"" + old + "\") (artifact dev.migrations:migrations-annotations)"
                            + " and generate the revision again, so that it renames the column and keeps the values"
                            : "if the upgrade renames it, rename it back here (ALTER TABLE … RENAME COLUMN)")));
                }
            }
        }
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "" : "'" + name + "' ";
    }

    private static String spelled(Column c) {
        return c.type().kind() == TypeKind.OTHER && c.columnDefinition() != null && !c.columnDefinition().isBlank()
                ? c.columnDefinition().strip() : c.type().toString();
    }

    /** A type whose values stay but mean something else: time zone, exactness, or a database's own type. */
    static boolean changesMeaning(Column from, Column to) {
        TypeKind a = from.type().kind();
        TypeKind b = to.type().kind();
        if (a == b) {
            return a == TypeKind.OTHER && !spelled(from).equalsIgnoreCase(spelled(to));
        }
        if (isNumber(a) && isText(b) || isText(a) && isNumber(b)) {
            return true;
        }
        Set<TypeKind> zones = Set.of(TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ);
        Set<TypeKind> inexact = Set.of(TypeKind.FLOAT, TypeKind.DOUBLE);
        return (zones.contains(a) && zones.contains(b)) || (a == TypeKind.DECIMAL && inexact.contains(b))
                || (inexact.contains(a) && b == TypeKind.DECIMAL) || a == TypeKind.OTHER || b == TypeKind.OTHER
                || (a == TypeKind.CHAR && b == TypeKind.VARCHAR) || (a == TypeKind.VARCHAR && b == TypeKind.CHAR);
    }

    /**
     * For a range from 0 that gets a smaller top than the database's (an enum stored by ordinal that loses a
     * constant), the words that say the remaining rows may now mean another constant; empty otherwise.
     */
    private static String shiftedOrdinals(Change.AddCheck a, SchemaDiff diff) {
        if (!(a.check().condition() instanceof dev.migrations.model.CheckCondition.Range to) || to.min() == null
                || to.min() != 0 || to.max() == null) {
            return "";
        }
        boolean shrinks = diff.databaseTable(a.table()).stream().flatMap(t -> t.checks().stream())
                .map(dev.migrations.model.CheckConstraint::condition)
                .anyMatch(from -> from instanceof dev.migrations.model.CheckCondition.Range r
                        && r.column().equalsIgnoreCase(to.column()) && r.min() != null && r.min() == 0
                        && r.max() != null && r.max() > to.max());
        return shrinks ? "; if '" + to.column() + "' holds an enum by its ordinal, removing a constant other than "
                + "the last shifts the meaning of every later one: map the rows in this script" : "";
    }

    private static boolean isNumber(TypeKind kind) {
        return NUMERIC_RANK.containsKey(kind) || kind == TypeKind.DECIMAL;
    }

    private static boolean isText(TypeKind kind) {
        return kind == TypeKind.CHAR || kind == TypeKind.VARCHAR || kind == TypeKind.CLOB;
    }

    private static String meaning(Column from, Column to) {
        TypeKind a = from.type().kind();
        TypeKind b = to.type().kind();
        if (isNumber(a) && isText(b)) {
            return "the numbers become their text ('0', '1', …); an enum stored by ordinal that becomes stored by "
                    + "name needs its rows mapped to the names in this script (update … set … = case … end), "
                    + "which no generated step can know";
        }
        if (isText(a) && isNumber(b)) {
            return "a value that is not a number fails the step (MariaDB and MySQL turn an enum's value into its "
                    + "position instead); an enum stored by name that becomes stored by ordinal needs its rows mapped "
                    + "to the ordinals in this script (update … set … = case … end)";
        }
        if (a == TypeKind.TIMESTAMP || a == TypeKind.TIMESTAMP_TZ) {
            return "values are read " + (b == TypeKind.TIMESTAMP_TZ ? "as instants in the session's time zone"
                    : "without their time zone") + "; check the stored values";
        }
        if (a == TypeKind.DECIMAL || b == TypeKind.DECIMAL) {
            return b == TypeKind.DECIMAL ? "approximate values become exact ones, rounded to the scale"
                    : "exact values become approximate ones";
        }
        if (a == TypeKind.CHAR || b == TypeKind.CHAR) {
            return "fixed-length values are padded with blanks, variable-length ones are not; comparisons may change";
        }
        return "the database's own type may behave differently (for example case-insensitive comparison, "
                + "a different collation or range); check the queries that use it";
    }

    private String fillerFor(Table goal, Column c) {
        return dialect instanceof BaseDialect b ? b.fillerIn(goal, c) : "a default value";
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

package dev.migrations.core.dialect;

import static dev.migrations.core.dialect.Schemas.bigint;
import static dev.migrations.core.dialect.Schemas.col;
import static dev.migrations.core.dialect.Schemas.id;
import static dev.migrations.core.dialect.Schemas.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.mariadb.MariaDbDialect;
import dev.migrations.core.database.mariadb.MariaDbFlavor;
import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which steps get a guard, and which are left without one because the section's start state cannot judge them. */
class DataGuardsTest {

    private static MigrationPlan plan(Dialect dialect, Schema model, Schema database) {
        return new MigrationPlanner(dialect).plan(SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()));
    }

    private static List<String> upgradeGuards(Dialect dialect, Schema model, Schema database) {
        return plan(dialect, model, database).upgradeGuards().stream().map(DataGuard::sql).toList();
    }

    private static ForeignKey toParent() {
        return new ForeignKey("fk_child_parent", List.of("parent_id"), null, "parent", List.of("id"),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null);
    }

    @Test
    void aTableCreatedInTheSameRevisionNeedsNoGuard() {
        Table child = table("child").column(id()).column(col("code", ColumnType.varchar(5), false))
                .column(col("parent_id", bigint(), true)).pk("id").unique("code").fk(toParent()).build();
        Table parent = table("parent").column(id()).pk("id").build();
        assertEquals(List.of(), upgradeGuards(new H2Dialect(), Schemas.of(parent, child), Schemas.of()));
    }

    @Test
    void aStepOnATableWhoseColumnTheRevisionRenamesHasNoGuardThatWouldNameItTooEarly() {
        // the upgrade renames fax to phone and widens it; the downgrade narrows it and renames it back: a guard
        // run before the downgrade's first statement would look for fax, which only exists after it
        Table before = table("t").column(id()).column(col("fax", ColumnType.varchar(20), true)).pk("id").build();
        Table after = table("t").column(id()).column(col("phone", ColumnType.varchar(40), true)
                .withRenamedFrom(List.of("fax"))).pk("id").build();
        MigrationPlan plan = plan(new H2Dialect(), Schemas.of(after), Schemas.of(before));
        assertTrue(plan.upgrade().stream().anyMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains("rename")),
                plan.upgrade().toString());
        assertEquals(List.of(), plan.upgradeGuards());
        assertEquals(List.of(), plan.downgradeGuards());
    }

    @Test
    void aCheckOnAColumnWhoseNumbersBecomeTextComparesTheTextTheyBecome() {
        // an enum stored by ordinal that becomes stored by name: 'DRAFT' cannot even be compared with a smallint
        Table before = table("product").column(id()).column(col("status",
                ColumnType.of(dev.migrations.model.TypeKind.SMALLINT), true)).pk("id").build();
        Table after = table("product").column(id()).column(col("status", ColumnType.varchar(20), true)).pk("id")
                .check(new CheckConstraint(null, new CheckCondition.InValues("status", List.of("DRAFT", "ACTIVE")),
                        null)).build();
        // numbers that become text are compared as the text they become: rows still holding 0, 1 … are found
        assertEquals(List.of("select id, status from product where not (cast(status as varchar) in ('DRAFT', "
                + "'ACTIVE'))"), upgradeGuards(new H2Dialect(), Schemas.of(after), Schemas.of(before)));
        // text that becomes numbers: values that are not whole numbers are found (the range, written for numbers,
        // cannot read the text and gets no guard of its own)
        Table textAfter = table("product").column(id()).column(col("status",
                ColumnType.of(dev.migrations.model.TypeKind.SMALLINT), true)).pk("id")
                .check(new CheckConstraint(null, new CheckCondition.Range("status", 0L, 3L), null)).build();
        Table textStart = table("product").column(id()).column(col("status", ColumnType.varchar(10), true))
                .pk("id").build();
        assertEquals(List.of("select id, status from product where not regexp_like(status, '^-?[0-9]+$')"),
                upgradeGuards(new H2Dialect(), Schemas.of(textAfter), Schemas.of(textStart)));
        // the same check on a column that stays text is guarded
        Table textBefore = table("product").column(id()).column(col("status", ColumnType.varchar(10), true))
                .pk("id").build();
        assertEquals(1, upgradeGuards(new H2Dialect(), Schemas.of(after), Schemas.of(textBefore)).size());
    }

    @Test
    void aStepOnAColumnTheRevisionAddsHasNoGuardOfItsOwn() {
        Table before = table("t").column(id()).pk("id").build();
        Table after = table("t").column(id()).column(col("email", ColumnType.varchar(50), true)).pk("id")
                .unique("email").check(new CheckConstraint(null, new CheckCondition.Expression("email like '%@%'"),
                        null)).build();
        assertEquals(List.of(), upgradeGuards(new H2Dialect(), Schemas.of(after), Schemas.of(before)));
    }

    @Test
    void aForeignKeyToATableTheRevisionCreatesFindsEveryRowThatPointsSomewhere() {
        Table child = table("child").column(id()).column(col("parent_id", bigint(), true)).pk("id").build();
        Table linked = table("child").column(id()).column(col("parent_id", bigint(), true)).pk("id").fk(toParent())
                .build();
        Table parent = table("parent").column(id()).pk("id").build();
        assertEquals(List.of("select c.id, c.parent_id from child c where c.parent_id is not null"),
                upgradeGuards(new H2Dialect(), Schemas.of(parent, linked), Schemas.of(child)));
    }

    @Test
    void eachDatabaseCountsCharactersWithItsOwnFunction() {
        Table wide = table("t").column(id()).column(col("name", ColumnType.varchar(200), true)).pk("id").build();
        Table narrow = table("t").column(id()).column(col("name", ColumnType.varchar(20), true)).pk("id").build();
        assertEquals(List.of("select id, name from t where length(name) > 20"),
                upgradeGuards(new SqliteDialect(), Schemas.of(narrow), Schemas.of(wide)));
        assertEquals(List.of("select id, name from t where char_length(name) > 20"),
                upgradeGuards(new MariaDbDialect(MariaDbFlavor.MARIADB), Schemas.of(narrow), Schemas.of(wide)));
        assertEquals(List.of(), upgradeGuards(new H2Dialect(), Schemas.of(wide), Schemas.of(narrow)),
                "widening needs none");
    }

    @Test
    void aRequiredColumnJoiningANewForeignKeyIsNotedWarnedAndGuarded() {
        Table child = table("child").column(id()).pk("id").build();
        Table linked = table("child").column(id()).column(col("parent_id", bigint(), false)).pk("id").fk(toParent())
                .build();
        Table parent = table("parent").column(id()).pk("id").build();
        MigrationPlan plan = plan(new H2Dialect(), Schemas.of(parent, linked), Schemas.of(parent, child));
        assertTrue(plan.upgrade().get(0).startsWith("-- NOTE: no value for the existing rows of 'child' can be "
                + "derived for the new NOT NULL column 'parent_id': it joins the foreign key (parent_id) to 'parent'"),
                plan.upgrade().get(0));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.kind() == PlanWarning.Kind.NO_VALUE_FOR_ROWS),
                plan.warnings().toString());
        assertTrue(plan.warnings().stream().noneMatch(w -> w.kind() == PlanWarning.Kind.NOT_NULL_WITHOUT_DEFAULT));
        assertEquals(List.of("select id from child"), plan.upgradeGuards().stream().map(DataGuard::sql).toList());
    }

    @Test
    void anEnumOnH2IsReadAsTextSoThatANewValueCanBeNamed() {
        CheckConstraint two = new CheckConstraint(null, new CheckCondition.InValues("state", List.of("A", "B")),
                "T#state");
        CheckConstraint three = new CheckConstraint(null, new CheckCondition.InValues("state", List.of("A", "B",
                "C")), "T#state");
        Table before = table("t").column(id()).column(col("state", ColumnType.varchar(5), true)).pk("id").check(two)
                .build();
        Table after = table("t").column(id()).column(col("state", ColumnType.varchar(5), true)).pk("id").check(three)
                .build();
        assertEquals(List.of("select id, state from t where not (cast(state as varchar) in ('A', 'B', 'C'))"),
                upgradeGuards(new H2Dialect(), Schemas.of(after), Schemas.of(before)));
    }
}

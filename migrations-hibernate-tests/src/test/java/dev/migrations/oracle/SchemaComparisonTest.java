package dev.migrations.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaComparisonTest {

    private static Table stock(List<Column> columns, List<UniqueConstraint> uniques, List<Index> indexes,
                               List<ForeignKey> fks, List<CheckConstraint> checks) {
        return new Table(null, "stock", null, columns, PrimaryKey.of("id"), uniques, indexes, fks, checks, null);
    }

    private static final List<Column> COLUMNS = List.of(
            Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
            Column.of("sku", ColumnType.varchar(40), false, null),
            Column.of("wh", ColumnType.varchar(10), true, null),
            Column.of("qty", ColumnType.of(TypeKind.INTEGER), true, null));

    private static Schema schema(Table table, Sequence... sequences) {
        return new Schema(List.of(table), List.of(sequences), List.of());
    }

    @Test
    void aDifferentTypeAndNullabilityAreReportedReadably() {
        Table ours = stock(COLUMNS, List.of(), List.of(), List.of(), List.of());
        Table theirs = stock(List.of(COLUMNS.get(0), Column.of("sku", ColumnType.varchar(255), true, null),
                COLUMNS.get(2), COLUMNS.get(3)), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("stock.sku: type: ours varchar(40) vs Hibernate's varchar(255)",
                        "stock.sku: nullable: ours false vs Hibernate's true"),
                SchemaComparison.compare(schema(ours), schema(theirs)).stream().map(Difference::toString).toList());
    }

    @Test
    void foreignKeysCompareByColumnPairsNotOrderOrGeneratedName() {
        ForeignKey a = new ForeignKey(null, List.of("sku", "wh"), null, "level", List.of("p", "w"), null, null, null);
        ForeignKey b = new ForeignKey("FKabcdefghij0123456789xyz", List.of("wh", "sku"), null, "level",
                List.of("w", "p"), null, null, null);
        assertEquals(List.of(), SchemaComparison.compare(
                schema(stock(COLUMNS, List.of(), List.of(), List.of(a), List.of())),
                schema(stock(COLUMNS, List.of(), List.of(), List.of(b), List.of()))));
    }

    @Test
    void aGivenForeignKeyNameMustMatch() {
        ForeignKey ours = new ForeignKey(null, List.of("wh"), null, "warehouse", List.of("code"), null, null, null);
        ForeignKey theirs = new ForeignKey("fk_stock_wh", List.of("wh"), null, "warehouse", List.of("code"),
                null, null, null);
        assertEquals(List.of("stock foreign key (wh) -> warehouse(code): name: ours null vs Hibernate's fk_stock_wh"),
                SchemaComparison.compare(
                        schema(stock(COLUMNS, List.of(), List.of(), List.of(ours), List.of())),
                        schema(stock(COLUMNS, List.of(), List.of(), List.of(theirs), List.of())))
                        .stream().map(Difference::toString).toList());
    }

    @Test
    void aUniqueIndexCountsAsAUniqueConstraintOnTheSameColumns() {
        Table ours = stock(COLUMNS, List.of(), List.of(new Index("ux_sku", List.of(IndexColumn.asc("sku")), true,
                null)), List.of(), List.of());
        Table theirs = stock(COLUMNS, List.of(new UniqueConstraint("ux_sku", List.of("sku"), null)), List.of(),
                List.of(), List.of());
        assertEquals(List.of(), SchemaComparison.compare(schema(ours), schema(theirs)));
    }

    @Test
    void indexDirectionsMatter() {
        Table ours = stock(COLUMNS, List.of(), List.of(new Index("ix", List.of(IndexColumn.asc("qty")), false,
                null)), List.of(), List.of());
        Table theirs = stock(COLUMNS, List.of(), List.of(new Index("ix", List.of(new IndexColumn("qty", true)),
                false, null)), List.of(), List.of());
        assertEquals(2, SchemaComparison.compare(schema(ours), schema(theirs)).size());
    }

    @Test
    void checksCompareByMeaningRangesMergedAndValuesAsASet() {
        Table ours = stock(COLUMNS, List.of(), List.of(), List.of(), List.of(
                new CheckConstraint(null, new CheckCondition.Range("qty", 0L, 100L), null),
                new CheckConstraint(null, new CheckCondition.InValues("wh", List.of("B", "A")), null)));
        Table theirs = stock(COLUMNS, List.of(), List.of(), List.of(), List.of(
                new CheckConstraint(null, new CheckCondition.Range("qty", null, 100L), null),
                new CheckConstraint(null, new CheckCondition.Range("qty", 0L, null), null),
                new CheckConstraint(null, new CheckCondition.InValues("wh", List.of("A", "B")), null)));
        assertEquals(List.of(), SchemaComparison.compare(schema(ours), schema(theirs)));
    }

    @Test
    void anExpressionThatIsABoundMeansTheSameAsTheRange() {
        Table ours = stock(COLUMNS, List.of(), List.of(), List.of(), List.of(
                new CheckConstraint("ck_qty", new CheckCondition.Expression("qty >= 0"), null)));
        Table theirs = stock(COLUMNS, List.of(), List.of(), List.of(), List.of(
                new CheckConstraint(null, new CheckCondition.Range("qty", 0L, null), null)));
        assertEquals(List.of(), SchemaComparison.compare(schema(ours), schema(theirs)));
    }

    @Test
    void missingSequencesAndTablesAreReported() {
        Table t = stock(COLUMNS, List.of(), List.of(), List.of(), List.of());
        List<String> found = SchemaComparison.compare(
                new Schema(List.of(), List.of(), List.of()),
                schema(t, new Sequence(null, "stock_SEQ", 1, 50, null)))
                .stream().map(Difference::toString).toList();
        assertEquals(List.of("table stock: exists: ours absent vs Hibernate's present",
                "sequence stock_SEQ: exists: ours absent vs Hibernate's present"), found);
    }
}

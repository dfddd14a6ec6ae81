package dev.migrations.core.dialect;

import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Small builders for schemas in tests. */
final class Schemas {

    private Schemas() {
    }

    static Schema of(Table... tables) {
        return new Schema(List.of(tables), List.of(), List.of());
    }

    static Schema of(List<Table> tables, List<Sequence> sequences) {
        return new Schema(tables, sequences, List.of());
    }

    static Column col(String name, ColumnType type, boolean nullable) {
        return Column.of(name, type, nullable, null);
    }

    static Column id() {
        return Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null).withIdentity(true);
    }

    static ColumnType bigint() {
        return ColumnType.of(TypeKind.BIGINT);
    }

    static ColumnType integer() {
        return ColumnType.of(TypeKind.INTEGER);
    }

    static TableBuilder table(String name) {
        return new TableBuilder(name);
    }

    static final class TableBuilder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey pk;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> fks = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();

        TableBuilder(String name) {
            this.name = name;
        }

        TableBuilder column(Column c) {
            columns.add(c);
            return this;
        }

        TableBuilder pk(String... cols) {
            pk = PrimaryKey.of(cols);
            return this;
        }

        TableBuilder unique(String... cols) {
            uniques.add(new UniqueConstraint(null, List.of(cols), null));
            return this;
        }

        TableBuilder index(Index i) {
            indexes.add(i);
            return this;
        }

        TableBuilder fk(ForeignKey fk) {
            fks.add(fk);
            return this;
        }

        TableBuilder check(CheckConstraint c) {
            checks.add(c);
            return this;
        }

        Table build() {
            return new Table(null, name, null, columns, pk, uniques, indexes, fks, checks, null);
        }
    }
}

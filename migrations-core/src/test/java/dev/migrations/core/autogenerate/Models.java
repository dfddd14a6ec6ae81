package dev.migrations.core.autogenerate;

import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;

import java.util.List;

/** Two versions of a small school model, as the annotation processor would write them. */
public final class Models {

    private Models() {
    }

    /** classes, students (with fax and nullable credits), enrollments → students (on delete cascade), teachers. */
    public static Schema first() {
        Table classes = table("classes", List.of(id(), Column.of("title", ColumnType.varchar(100), false, null)),
                List.of(), List.of());
        Table students = table("students", List.of(id(),
                        Column.of("name", ColumnType.varchar(100), false, null),
                        Column.of("fax", ColumnType.varchar(20), true, null),
                        Column.of("credits", ColumnType.of(TypeKind.INTEGER), true, null)),
                List.of(), List.of());
        Table enrollments = enrollments();
        Table teachers = table("teachers", List.of(id(), Column.of("name", ColumnType.varchar(80), true, null)),
                List.of(), List.of());
        // listed referencing table first: the plan must still create students before enrollments
        return new Schema(List.of(enrollments, teachers, students, classes), List.of(), List.of());
    }

    /**
     * students: fax dropped, phone added, name widened, credits NOT NULL with a default, class_id with a new
     * foreign key to classes, a new index on name; teachers dropped.
     */
    public static Schema second() {
        Table classes = table("classes", List.of(id(), Column.of("title", ColumnType.varchar(100), false, null)),
                List.of(), List.of());
        Table students = table("students", List.of(id(),
                        Column.of("name", ColumnType.varchar(120), false, null),
                        Column.of("credits", ColumnType.of(TypeKind.INTEGER), false, null).withDefaultValue("0"),
                        Column.of("phone", ColumnType.varchar(30), true, null),
                        Column.of("class_id", ColumnType.of(TypeKind.BIGINT), true, null)),
                List.of(new Index("ix_students_name", List.of(IndexColumn.asc("name")), false, null)),
                List.of(new ForeignKey(null, List.of("class_id"), null, "classes", List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null)));
        return new Schema(List.of(classes, students, enrollments()), List.of(), List.of());
    }

    private static Table enrollments() {
        return table("enrollments", List.of(id(), Column.of("student_id", ColumnType.of(TypeKind.BIGINT), false, null)),
                List.of(), List.of(new ForeignKey(null, List.of("student_id"), null, "students", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, null)));
    }

    static Column id() {
        return Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null).withIdentity(true);
    }

    static Table table(String name, List<Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys) {
        return new Table(null, name, null, columns, PrimaryKey.of("id"), List.of(), indexes, foreignKeys, List.of(),
                null);
    }
}

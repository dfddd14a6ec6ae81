package dev.migrations.core.database.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.core.database.Database;
import dev.migrations.core.database.Databases;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.MigrationPlanner;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.introspect.ReadRequest;
import dev.migrations.core.introspect.TableFilter;
import dev.migrations.core.testing.TestServers;
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
import dev.migrations.model.UniqueConstraint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An independent check of the first-class databases' own readers: one fixture schema, created by each database's
 * own dialect, is read through SchemaCrawler (the generic reader) and through the database's reader
 * ({@code Databases.forConnection(c).reader()}), and both readings must agree on every element both can see:
 * tables, columns (type as the database's dialect compares it, nullability, default), primary keys, foreign keys
 * with their actions, unique constraints and unique indexes (one family, as the diff treats them) and indexes with
 * their column order and direction.
 *
 * <p>PostgreSQL and MariaDB join as soon as their packages exist: each runs only when {@code Databases.find}
 * knows its URL, on the real server that {@link TestServers} gives.
 */
class ReaderAgreementTest {

    enum FirstClass { SQLITE, H2, POSTGRESQL, MARIADB }

    /**
     * What a driver's JDBC metadata cannot show, so SchemaCrawler cannot either; left out on both sides. sqlite-jdbc
     * reports {@code numeric(10,2)} with size 12, every index column as ascending, and no index for a table's
     * {@code unique (…)} constraint; the SQLite reader reads all three from the {@code CREATE TABLE} text.
     */
    enum Blind { DECIMAL_PRECISION, INDEX_DIRECTION, UNIQUE_CONSTRAINTS }

    @TempDir
    Path dir;

    /** Every logical type, a composite key, foreign keys with actions, unique constraints, indexes incl. desc. */
    static Schema fixture() {
        List<Column> kinds = new ArrayList<>(List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("flag", ColumnType.of(TypeKind.BOOLEAN), false, null).withDefaultValue("false"),
                Column.of("tiny", ColumnType.of(TypeKind.TINYINT), true, null),
                Column.of("small", ColumnType.of(TypeKind.SMALLINT), true, null),
                Column.of("whole", ColumnType.of(TypeKind.INTEGER), false, null).withDefaultValue("0"),
                Column.of("big", ColumnType.of(TypeKind.BIGINT), true, null),
                Column.of("single", ColumnType.of(TypeKind.FLOAT), true, null),
                Column.of("twice", ColumnType.of(TypeKind.DOUBLE), true, null),
                Column.of("price", ColumnType.decimal(10, 2), true, null),
                Column.of("code", ColumnType.of(TypeKind.CHAR).withLength(3), true, null),
                Column.of("label", ColumnType.varchar(40), true, null).withDefaultValue("'x'"),
                Column.of("body", ColumnType.of(TypeKind.CLOB), true, null),
                Column.of("digest", ColumnType.of(TypeKind.BINARY).withLength(16), true, null),
                Column.of("thumb", ColumnType.of(TypeKind.VARBINARY).withLength(64), true, null),
                Column.of("image", ColumnType.of(TypeKind.BLOB), true, null),
                Column.of("day", ColumnType.of(TypeKind.DATE), true, null),
                Column.of("clock", ColumnType.of(TypeKind.TIME), true, null),
                Column.of("stamp", ColumnType.of(TypeKind.TIMESTAMP), true, null),
                Column.of("zoned", ColumnType.of(TypeKind.TIMESTAMP_TZ), true, null),
                Column.of("token", ColumnType.of(TypeKind.UUID), true, null)));
        Table parent = new Table(null, "agr_parent", null, kinds, PrimaryKey.of("id"),
                List.of(new UniqueConstraint("uk_agr_parent_code", List.of("code", "small"), null)),
                List.of(new Index("ix_agr_parent_label", List.of(new IndexColumn("label", true), IndexColumn.asc("day")),
                                false, null),
                        new Index("ux_agr_parent_big", List.of(IndexColumn.asc("big")), true, null)),
                List.of(), List.of(), null);
        Table child = new Table(null, "agr_child", null, List.of(
                Column.of("parent_id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("seq", ColumnType.of(TypeKind.INTEGER), false, null),
                Column.of("other_id", ColumnType.of(TypeKind.BIGINT), true, null),
                Column.of("note", ColumnType.varchar(20), true, null)),
                PrimaryKey.of("parent_id", "seq"), List.of(),
                List.of(new Index("ix_agr_child_note", List.of(IndexColumn.asc("note")), false, null)),
                List.of(new ForeignKey("fk_agr_child_parent", List.of("parent_id"), null, "agr_parent", List.of("id"),
                                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, null),
                        new ForeignKey("fk_agr_child_other", List.of("other_id"), null, "agr_parent", List.of("id"),
                                ReferentialAction.SET_NULL, ReferentialAction.RESTRICT, null)),
                List.of(), null);
        return new Schema(List.of(parent, child), List.of(), List.of());
    }

    @ParameterizedTest
    @EnumSource(FirstClass.class)
    void schemaCrawlerAndTheDatabasesOwnReaderAgree(FirstClass kind) throws Exception {
        switch (kind) {
            case SQLITE -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("agree.db"))) {
                    agree(c, EnumSet.allOf(Blind.class));
                }
            }
            case H2 -> {
                try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
                    agree(c, EnumSet.noneOf(Blind.class));
                }
            }
            case POSTGRESQL -> onServer(TestServers.Kind.POSTGRESQL);
            case MARIADB -> onServer(TestServers.Kind.MARIADB);
        }
    }

    private void onServer(TestServers.Kind kind) throws Exception {
        try (TestServers.Server server = TestServers.create(kind); Connection c = server.connect()) {
            agree(c, EnumSet.noneOf(Blind.class));
        }
    }

    private static void agree(Connection c, Set<Blind> blind) throws SQLException {
        Database own = Databases.forConnection(c);
        Dialect dialect = own.dialect();
        SchemaDiff create = SchemaDiff.compare(fixture(), Schema.empty(), dialect, DiffOptions.defaults());
        try (Statement s = c.createStatement()) {
            for (String sql : new MigrationPlanner(dialect).plan(create).upgrade()) {
                s.execute(sql);
            }
        }
        TableFilter agr = TableFilter.all().including("agr_.*");
        DatabaseReader ownReader = own.reader();
        Schema mine = ownReader.read(c, new ReadRequest(ownReader.currentSchema(c), List.of(), agr));
        DatabaseReader crawler = new GenericDatabase(c.getMetaData().getDatabaseProductName(), null).reader();
        Schema crawled = crawler.read(c, new ReadRequest(crawler.currentSchema(c), List.of(), agr));

        assertEquals(describe(mine, dialect, blind), describe(crawled, dialect, blind), own.name());
    }

    /**
     * What both readers can see, in one comparable text per table. Names compare without case; types as the
     * database's dialect renders them (what the diff compares); defaults in the dialect's normal form; referential
     * actions as the database enforces them; implicit indexes left out as the diff leaves them out.
     */
    private static TreeMap<String, List<String>> describe(Schema schema, Dialect dialect, Set<Blind> blind) {
        TreeMap<String, List<String>> tables = new TreeMap<>();
        for (Table t : schema.tables()) {
            List<String> lines = new ArrayList<>();
            for (Column col : t.columns()) {
                Column seen = blind.contains(Blind.DECIMAL_PRECISION) && col.type().kind() == TypeKind.DECIMAL
                        ? col.withType(ColumnType.of(TypeKind.DECIMAL)) : col;
                lines.add("column " + lower(col.name()) + " " + dialect.renderType(seen).toLowerCase(Locale.ROOT)
                        + (col.nullable() ? " null" : " not null")
                        + (col.defaultValue() == null ? "" : " default " + dialect.normalizeDefault(col.defaultValue()))
                        + (dialect.detectsIdentity() && col.identity() ? " identity" : ""));
            }
            lines.add("primary key " + (t.primaryKey() == null ? "none"
                    : new TreeSet<>(t.primaryKey().columns().stream().map(ReaderAgreementTest::lower).toList())));
            for (ForeignKey fk : t.foreignKeys()) {
                lines.add("foreign key " + lower(fk.columns().toString()) + " -> " + lower(fk.referencedTable())
                        + lower(fk.referencedColumns().toString()) + " on delete " + dialect.effectiveAction(fk.onDelete())
                        + " on update " + dialect.effectiveAction(fk.onUpdate()));
            }
            TreeSet<String> uniques = new TreeSet<>();
            if (!blind.contains(Blind.UNIQUE_CONSTRAINTS)) {
                t.uniqueConstraints().forEach(u -> uniques.add(lower(u.columns().toString())));
            }
            TreeSet<String> indexes = new TreeSet<>();
            for (Index i : t.indexes()) {
                if (dialect.isImplicitIndex(i)) {
                    continue;
                }
                boolean ascending = blind.contains(Blind.INDEX_DIRECTION)
                        || i.columns().stream().noneMatch(IndexColumn::descending);
                if (i.unique() && ascending) {
                    uniques.add(lower(i.columns().stream().map(IndexColumn::name).toList().toString()));
                } else {
                    indexes.add((i.unique() ? "unique index " : "index ") + lower(i.name()) + " "
                            + i.columns().stream().map(x -> lower(x.name())
                                    + (x.descending() && !blind.contains(Blind.INDEX_DIRECTION) ? " desc" : ""))
                            .toList());
                }
            }
            uniques.forEach(u -> lines.add("unique " + u));
            lines.addAll(indexes);
            tables.put(lower(t.name()), lines);
        }
        return tables;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

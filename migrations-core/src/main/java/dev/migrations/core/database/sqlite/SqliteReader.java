package dev.migrations.core.database.sqlite;

import dev.migrations.core.introspect.CanonicalOrder;
import dev.migrations.core.introspect.CheckConditionParser;
import dev.migrations.core.introspect.CrawledTable;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.introspect.DefaultValues;
import dev.migrations.core.introspect.ReadRequest;
import dev.migrations.core.introspect.ReadType;
import dev.migrations.core.introspect.ReferentialActions;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a SQLite database from its data dictionary alone, each part in one query over all tables:
 * <ul>
 *   <li>tables and columns: {@code sqlite_master} joined with {@code pragma_table_xinfo}
 *   <li>declared types, constraint names, checks and {@code AUTOINCREMENT}: {@code sqlite_master.sql}, parsed
 *       by {@link SqliteTableDefinition}
 *   <li>unique constraints and indexes: {@code pragma_index_list} (its {@code origin} tells a {@code UNIQUE}
 *       constraint, {@code u}, from a {@code CREATE INDEX}, {@code c}) and {@code pragma_index_xinfo}
 *       (column order and {@code DESC})
 *   <li>foreign keys: {@code pragma_foreign_key_list}
 * </ul>
 * SQLite has no schemas (tables come back with schema {@code null}), no comments and no sequences.
 */
final class SqliteReader implements DatabaseReader {

    @Override
    public String currentSchema(Connection connection) {
        return null;
    }

    @Override
    public Schema read(Connection connection, ReadRequest request) throws SQLException {
        List<CrawledTable> crawled = tables(connection);
        Map<String, DeclaredTable> definitions = definitions(connection);
        Map<String, List<IndexRow>> indexes = indexes(connection);
        Map<String, List<ForeignKeyRow>> foreignKeys = foreignKeys(connection);
        List<Table> tables = new ArrayList<>();
        for (CrawledTable t : crawled) {
            if (t.name().toLowerCase(Locale.ROOT).startsWith("sqlite_") || !request.filter().accepts(t.name())) {
                continue;
            }
            String key = t.name().toLowerCase(Locale.ROOT);
            DeclaredTable declared = definitions.get(key);
            SqliteTableDefinition definition = declared != null ? declared.definition()
                    : SqliteTableDefinition.parse("");
            tables.add(table(t, definition, indexes.getOrDefault(key, List.of()),
                    foreignKeys.getOrDefault(key, List.of()), definitions));
        }
        return new Schema(tables, List.of(), List.of());
    }

    private static Table table(CrawledTable t, SqliteTableDefinition def, List<IndexRow> indexRows,
                               List<ForeignKeyRow> fkRows, Map<String, DeclaredTable> all) {
        List<Column> columns = new ArrayList<>();
        for (CrawledTable.CrawledColumn c : t.columns()) {
            SqliteTableDefinition.ColumnDeclaration declaration = def.column(c.name());
            ReadType type = SqliteTypes.read(declaration != null ? declaration.declaredType() : c.typeName());
            boolean identity = def.isRowidAlias(c.name());
            columns.add(new Column(c.name(), type.type(), c.nullable() && !identity,
                    DefaultValues.normalize(c.defaultValue(), type.type().kind()), identity, null,
                    type.columnDefinition(), null));
        }
        PrimaryKey primaryKey = def.primaryKey().isEmpty() ? null
                : new PrimaryKey(def.primaryKeyName(), def.primaryKey().stream().map(n -> columnName(def, n)).toList());
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<SqliteTableDefinition.NamedColumns> declaredUniques = new ArrayList<>(def.uniques());
        for (IndexRow index : groupIndexes(indexRows)) {
            if (index.origin.equals("u")) {
                uniques.add(new UniqueConstraint(takeName(declaredUniques, index.columnNames()), index.columnNames(),
                        null));
            } else if (index.origin.equals("c") && !index.partial && !index.hasExpression) {
                indexes.add(new Index(index.name, index.columns, index.unique, null));
            }
        }
        List<ForeignKey> foreignKeys = foreignKeys(fkRows, def, all);
        List<CheckConstraint> checks = new ArrayList<>();
        for (SqliteTableDefinition.Check check : def.checks()) {
            checks.add(new CheckConstraint(check.name(), CheckConditionParser.parse(check.sql()), null));
        }
        return new Table(null, t.name(), null, columns, primaryKey, CanonicalOrder.uniques(uniques),
                CanonicalOrder.indexes(indexes), foreignKeys, checks, null);
    }

    /** The column's name as the table declares it (SQLite compares names ignoring case). */
    private static String columnName(SqliteTableDefinition def, String name) {
        SqliteTableDefinition.ColumnDeclaration c = def.column(name);
        return c == null ? name : c.name();
    }

    /** The declared name of the constraint on these columns, removed from the list so each is used once. */
    private static String takeName(List<SqliteTableDefinition.NamedColumns> declared, List<String> columns) {
        for (int i = 0; i < declared.size(); i++) {
            if (sameColumns(declared.get(i).columns(), columns)) {
                return declared.remove(i).name();
            }
        }
        return null;
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<ForeignKey> foreignKeys(List<ForeignKeyRow> rows, SqliteTableDefinition def,
                                                Map<String, DeclaredTable> all) {
        Map<Integer, List<ForeignKeyRow>> byId = new LinkedHashMap<>();
        for (ForeignKeyRow row : rows) {
            byId.computeIfAbsent(row.id, k -> new ArrayList<>()).add(row);
        }
        List<SqliteTableDefinition.NamedColumns> declared = new ArrayList<>(def.foreignKeys());
        List<ForeignKey> keys = new ArrayList<>();
        for (List<ForeignKeyRow> key : byId.values()) {
            ForeignKeyRow first = key.get(0);
            List<String> columns = key.stream().map(r -> columnName(def, r.from)).toList();
            DeclaredTable target = all.get(first.table.toLowerCase(Locale.ROOT));
            List<String> referenced = key.stream().map(r -> r.to).toList();
            String referencedTable = first.table;
            if (target != null) {
                // The clause may spell the target in another case, or omit its columns to mean its primary key.
                referencedTable = target.name();
                referenced = referenced.contains(null) ? target.definition().primaryKey() : referenced;
                referenced = referenced.stream().map(n -> columnName(target.definition(), n)).toList();
            }
            keys.add(new ForeignKey(takeName(declared, columns), columns, null, referencedTable, referenced,
                    ReferentialActions.parse(first.onDelete), ReferentialActions.parse(first.onUpdate), null));
        }
        return CanonicalOrder.foreignKeys(keys);
    }

    // ---------------------------------------------------------------- data dictionary queries

    /**
     * Every table and its columns, in declaration order, in one query: the tables sqlite-jdbc reports as type
     * {@code TABLE} (those of {@code sqlite_master} not named {@code sqlite_…}) with every column
     * {@code pragma_table_xinfo} lists, generated ones included, read as the driver's metadata reads them (the
     * declared type as written, {@code notnull}, the default as raw text). JDBC metadata through SchemaCrawler
     * gave the same answer at many times the cost: its column lookup sorted per value read.
     */
    static List<CrawledTable> tables(Connection connection) throws SQLException {
        String sql = """
                select m.name, p.name, p.type, p."notnull", p.dflt_value
                from sqlite_master m
                join pragma_table_xinfo(m.name) p
                where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\'""";
        Map<String, List<CrawledTable.CrawledColumn>> columns = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CrawledTable.CrawledColumn(
                        rs.getString(2), rs.getString(3), 0, 0, rs.getInt(4) == 0, rs.getString(5), false, null));
            }
        }
        List<CrawledTable> tables = new ArrayList<>();
        columns.forEach((table, cols) -> tables.add(new CrawledTable(null, table, null, cols)));
        return tables;
    }

    /** A table's name as created, with what its {@code CREATE TABLE} text declares. */
    private record DeclaredTable(String name, SqliteTableDefinition definition) {
    }

    private static Map<String, DeclaredTable> definitions(Connection connection) throws SQLException {
        Map<String, DeclaredTable> definitions = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select name, sql from sqlite_master where type = 'table'")) {
            while (rs.next()) {
                String sql = rs.getString(2);
                definitions.put(rs.getString(1).toLowerCase(Locale.ROOT), new DeclaredTable(rs.getString(1),
                        SqliteTableDefinition.parse(sql == null ? "" : sql)));
            }
        }
        return definitions;
    }

    private record IndexRow(String table, String name, boolean unique, String origin, boolean partial,
                            String column, boolean descending, List<IndexColumn> columns, boolean hasExpression) {

        List<String> columnNames() {
            return columns.stream().map(IndexColumn::name).toList();
        }
    }

    private static Map<String, List<IndexRow>> indexes(Connection connection) throws SQLException {
        Map<String, List<IndexRow>> rows = new HashMap<>();
        String sql = """
                select m.name, il.name, il."unique", il.origin, il.partial, ix.name, ix."desc"
                from sqlite_master m
                join pragma_index_list(m.name) il
                join pragma_index_xinfo(il.name) ix
                where m.type = 'table' and ix.key = 1
                order by m.name, il.name, ix.seqno""";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new IndexRow(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                                rs.getInt(5) == 1, rs.getString(6), rs.getInt(7) == 1, List.of(), false));
            }
        }
        return rows;
    }

    /** One entry per index, its columns in key order; an expression column leaves the index unreported. */
    private static List<IndexRow> groupIndexes(List<IndexRow> rows) {
        Map<String, List<IndexRow>> byName = new LinkedHashMap<>();
        for (IndexRow row : rows) {
            byName.computeIfAbsent(row.name, k -> new ArrayList<>()).add(row);
        }
        List<IndexRow> indexes = new ArrayList<>();
        for (List<IndexRow> parts : byName.values()) {
            IndexRow first = parts.get(0);
            boolean expression = parts.stream().anyMatch(r -> r.column == null);
            List<IndexColumn> columns = parts.stream().filter(r -> r.column != null)
                    .map(r -> new IndexColumn(r.column, r.descending)).toList();
            if (columns.isEmpty()) {
                continue;
            }
            indexes.add(new IndexRow(first.table, first.name, first.unique, first.origin, first.partial, null, false,
                    columns, expression));
        }
        return indexes;
    }

    private record ForeignKeyRow(int id, String table, String from, String to, String onUpdate, String onDelete) {
    }

    private static Map<String, List<ForeignKeyRow>> foreignKeys(Connection connection) throws SQLException {
        Map<String, List<ForeignKeyRow>> rows = new HashMap<>();
        String sql = """
                select m.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete
                from sqlite_master m
                join pragma_foreign_key_list(m.name) f
                where m.type = 'table'
                order by m.name, f.id desc, f.seq""";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new ForeignKeyRow(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7)));
            }
        }
        return rows;
    }
}

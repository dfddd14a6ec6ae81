package dev.migrations.core.database.h2;

import dev.migrations.core.dialect.StringEnums;
import dev.migrations.core.introspect.CanonicalOrder;
import dev.migrations.core.introspect.CheckConditionParser;
import dev.migrations.core.introspect.CrawledTable;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.introspect.DefaultValues;
import dev.migrations.core.introspect.ReadRequest;
import dev.migrations.core.introspect.ReadType;
import dev.migrations.core.introspect.ReferentialActions;
import dev.migrations.core.introspect.TableFilter;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an H2 2.x database. Tables, columns and comments come from the JDBC metadata (one {@code getTables} and
 * one {@code getColumns} call for all tables); keys, unique constraints, checks, foreign keys, indexes and
 * sequences come from {@code INFORMATION_SCHEMA}: each view is read once with a plain query and the rows are
 * joined in Java, because H2 rebuilds a view such as {@code KEY_COLUMN_USAGE} for every outer row of a join
 * (reading grew with the square of the table count).
 *
 * <ul>
 *   <li>Names H2 generates for unnamed constraints ({@code CONSTRAINT_4}, {@code CONSTRAINT_42_1}) read as
 *       {@code null}: only names a user chose are kept.
 *   <li>Indexes H2 creates behind a primary key, unique constraint or foreign key ({@code IS_GENERATED}) are
 *       not reported; a {@code CREATE UNIQUE INDEX} is an {@link Index} with {@code unique = true}.
 *   <li>H2 reports {@code NO ACTION} as {@code RESTRICT} and enforces both alike: both read as
 *       {@link ReferentialAction#NO_ACTION}.
 *   <li>A native {@code ENUM} column reads as {@code varchar(255)} plus an {@code in (…)} check of its values.
 *   <li>A constraint's columns carry their current names after a column rename, which {@code KEY_COLUMN_USAGE}
 *       alone gives only once the database is reopened.
 * </ul>
 */
final class H2Reader implements DatabaseReader {

    private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+(_[0-9]+)*");

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    @Override
    public Schema read(Connection connection, ReadRequest asked) throws SQLException {
        ReadRequest request = resolveSchemaNames(connection, asked);
        List<String> schemas = new ArrayList<>();
        schemas.add(request.defaultSchema());
        schemas.addAll(request.otherSchemas());
        List<CrawledTable> crawled = tables(connection, new HashSet<>(schemas));
        Map<TableKey, Parts> parts = new LinkedHashMap<>();
        for (CrawledTable t : crawled) {
            if (request.filter().accepts(t.name())) {
                parts.put(new TableKey(t.schema(), t.name()), new Parts(t));
            }
        }
        Map<List<String>, TableConstraint> constraints = readTableConstraints(connection, schemas, parts);
        Map<List<String>, List<KeyColumn>> keyColumns = withCurrentNames(readKeyColumns(connection),
                H2ConstraintIndexColumns.read(connection), constraints, parts);
        readKeys(constraints, keyColumns, parts);
        readChecks(connection, constraints, parts);
        readForeignKeys(connection, constraints, keyColumns, parts, request);
        readIndexes(connection, schemas, parts);
        List<Table> tables = new ArrayList<>();
        for (Parts p : parts.values()) {
            tables.add(p.toTable(request));
        }
        return new Schema(tables, readSequences(connection, schemas, request), List.of());
    }

    /**
     * The base tables of the given schemas with their columns and comments, from one {@code getTables} and one
     * {@code getColumns} call over all tables: the values SchemaCrawler passed on from the same calls, without its
     * per-table column lookup, which cost most of a read.
     */
    static List<CrawledTable> tables(Connection connection, Set<String> schemas) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<TableKey, String> remarks = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                if (schemas.contains(rs.getString("TABLE_SCHEM"))) {
                    remarks.put(new TableKey(rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")),
                            blankToNull(rs.getString("REMARKS")));
                }
            }
        }
        Map<TableKey, List<CrawledTable.CrawledColumn>> columns = new HashMap<>();
        try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                TableKey table = new TableKey(rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME"));
                if (remarks.containsKey(table)) {
                    columns.computeIfAbsent(table, k -> new ArrayList<>()).add(new CrawledTable.CrawledColumn(
                            rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                            rs.getInt("DECIMAL_DIGITS"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            rs.getString("COLUMN_DEF"), "YES".equals(rs.getString("IS_AUTOINCREMENT")),
                            blankToNull(rs.getString("REMARKS"))));
                }
            }
        }
        List<CrawledTable> tables = new ArrayList<>();
        remarks.forEach((table, remark) -> tables.add(new CrawledTable(table.schema(), table.name(), remark,
                columns.getOrDefault(table, List.of()))));
        return tables;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private record TableKey(String schema, String name) {
    }

    /**
     * The request with each schema name spelled as H2 stores it: {@code app} finds a schema created as
     * {@code create schema app} (stored {@code APP}); an exact match wins over one that differs only in case.
     */
    private static ReadRequest resolveSchemaNames(Connection connection, ReadRequest request) throws SQLException {
        List<String> existing = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select SCHEMA_NAME from INFORMATION_SCHEMA.SCHEMATA order by SCHEMA_NAME");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        List<String> others = new ArrayList<>();
        for (String other : request.otherSchemas()) {
            others.add(resolve(existing, other));
        }
        return new ReadRequest(resolve(existing, request.defaultSchema()), others, request.filter());
    }

    private static String resolve(List<String> existing, String name) {
        if (name == null || existing.contains(name)) {
            return name;
        }
        List<String> sameIgnoringCase = existing.stream().filter(e -> e.equalsIgnoreCase(name)).toList();
        return sameIgnoringCase.size() == 1 ? sameIgnoringCase.get(0) : name;
    }

    /** What has been read of one table so far. */
    private static final class Parts {
        final CrawledTable crawled;
        PrimaryKey primaryKey;
        final Map<String, List<String>> uniques = new LinkedHashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        Parts(CrawledTable crawled) {
            this.crawled = crawled;
        }

        Table toTable(ReadRequest request) {
            List<Column> columns = new ArrayList<>();
            List<CheckConstraint> allChecks = new ArrayList<>(checks);
            for (CrawledTable.CrawledColumn c : crawled.columns()) {
                ReadType type = H2Types.read(c.typeName(), c.size(), c.digits());
                columns.add(new Column(c.name(), type.type(), c.nullable(),
                        c.autoIncremented() ? null : DefaultValues.normalize(c.defaultValue(), type.type().kind()),
                        c.autoIncremented(), c.remarks(), type.columnDefinition(), null));
                if (!type.enumValues().isEmpty() && !hasInValues(checks, c.name(), type.enumValues())) {
                    allChecks.add(new CheckConstraint(null,
                            new CheckCondition.InValues(c.name(), type.enumValues()), StringEnums.NATIVE_ENUM));
                }
            }
            List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
            uniques.forEach((name, cols) -> uniqueConstraints.add(new UniqueConstraint(userName(name), cols, null)));
            return new Table(request.modelSchema(crawled.schema()), crawled.name(), crawled.remarks(), columns,
                    primaryKey, CanonicalOrder.uniques(uniqueConstraints), CanonicalOrder.indexes(indexes),
                    CanonicalOrder.foreignKeys(foreignKeys), allChecks, null);
        }
    }

    private static boolean hasInValues(List<CheckConstraint> checks, String column, List<String> values) {
        return checks.stream().anyMatch(c -> c.condition() instanceof CheckCondition.InValues in
                && in.column().equals(column) && Set.copyOf(in.values()).equals(Set.copyOf(values)));
    }

    /** The constraint's name, or {@code null} when H2 generated it. */
    private static String userName(String name) {
        return name == null || GENERATED_NAME.matcher(name).matches() ? null : name;
    }

    private static String inList(List<String> schemas) {
        return String.join(", ", java.util.Collections.nCopies(schemas.size(), "?"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> schemas)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.replace("(:schemas)",
                "(" + inList(schemas) + ")"));
        for (int i = 0; i < schemas.size(); i++) {
            statement.setString(i + 1, schemas.get(i));
        }
        return statement;
    }

    /** One row of {@code KEY_COLUMN_USAGE}: a column of a key, unique or foreign-key constraint. */
    private record KeyColumn(String column, int ordinal, int positionInUnique) {
    }

    /** One row of {@code TABLE_CONSTRAINTS}. */
    private record TableConstraint(TableKey table, String name, String type) {
    }

    /**
     * The columns of every constraint, by constraint schema and name, in key order. Read once with a plain query
     * and joined in Java: H2 rebuilds {@code KEY_COLUMN_USAGE} for every outer row of a join, so a joined query
     * grows with the square of the table count.
     */
    private static Map<List<String>, List<KeyColumn>> readKeyColumns(Connection connection) throws SQLException {
        String sql = """
                select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, POSITION_IN_UNIQUE_CONSTRAINT
                from INFORMATION_SCHEMA.KEY_COLUMN_USAGE
                order by CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION""";
        Map<List<String>, List<KeyColumn>> columns = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                columns.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                        .add(new KeyColumn(rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return columns;
    }

    /**
     * The key columns with the names the columns have now. While a database stays open, H2 2.3 keeps reporting a
     * constraint's columns in {@code KEY_COLUMN_USAGE} by the names they had when it was opened, after
     * {@code alter column … rename to}; the index behind the constraint has the current names. A name that is no
     * longer a column of the table is replaced by the index's column at the same position.
     */
    private static Map<List<String>, List<KeyColumn>> withCurrentNames(Map<List<String>, List<KeyColumn>> keyColumns,
            Map<List<String>, List<String>> indexColumns, Map<List<String>, TableConstraint> constraints,
            Map<TableKey, Parts> parts) {
        Map<List<String>, List<KeyColumn>> current = new HashMap<>(keyColumns);
        constraints.forEach((id, constraint) -> {
            List<KeyColumn> columns = keyColumns.get(id);
            List<String> index = indexColumns.get(id);
            if (columns == null || index == null) {
                return;
            }
            Set<String> names = new HashSet<>();
            parts.get(constraint.table()).crawled.columns().forEach(c -> names.add(c.name()));
            List<KeyColumn> fixed = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                KeyColumn c = columns.get(i);
                boolean stale = !names.contains(c.column()) && i < index.size();
                fixed.add(stale ? new KeyColumn(index.get(i), c.ordinal(), c.positionInUnique()) : c);
            }
            current.put(id, fixed);
        });
        return current;
    }

    /** The constraints of the tables read, by constraint schema and name, ordered by table and name. */
    private static Map<List<String>, TableConstraint> readTableConstraints(Connection connection, List<String> schemas,
                                                                          Map<TableKey, Parts> parts)
            throws SQLException {
        String sql = """
                select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_TYPE
                from INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                where TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME""";
        Map<List<String>, TableConstraint> constraints = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                TableKey table = new TableKey(rs.getString(3), rs.getString(4));
                if (parts.containsKey(table)) {
                    constraints.put(List.of(rs.getString(1), rs.getString(2)),
                            new TableConstraint(table, rs.getString(2), rs.getString(5)));
                }
            }
        }
        return constraints;
    }

    private static void readKeys(Map<List<String>, TableConstraint> constraints,
                                 Map<List<String>, List<KeyColumn>> keyColumns, Map<TableKey, Parts> parts) {
        constraints.forEach((id, constraint) -> {
            boolean primary = constraint.type().equals("PRIMARY KEY");
            if (!primary && !constraint.type().equals("UNIQUE")) {
                return;
            }
            List<String> columns = keyColumns.getOrDefault(id, List.of()).stream().map(KeyColumn::column).toList();
            if (columns.isEmpty()) {
                return;
            }
            Parts p = parts.get(constraint.table());
            if (primary) {
                p.primaryKey = new PrimaryKey(userName(constraint.name()), columns);
            } else {
                p.uniques.put(constraint.name(), columns);
            }
        });
    }

    /** Check clauses by constraint schema and name (read alone, then joined in Java, as the key columns). */
    private static void readChecks(Connection connection, Map<List<String>, TableConstraint> constraints,
                                   Map<TableKey, Parts> parts) throws SQLException {
        Map<List<String>, String> clauses = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE from INFORMATION_SCHEMA.CHECK_CONSTRAINTS");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                clauses.put(List.of(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        }
        constraints.forEach((id, constraint) -> {
            String clause = clauses.get(id);
            if (constraint.type().equals("CHECK") && clause != null) {
                parts.get(constraint.table()).checks.add(new CheckConstraint(userName(constraint.name()),
                        CheckConditionParser.parse(clause), null));
            }
        });
    }

    private static void readForeignKeys(Connection connection, Map<List<String>, TableConstraint> constraints,
                                        Map<List<String>, List<KeyColumn>> keyColumns, Map<TableKey, Parts> parts,
                                        ReadRequest request) throws SQLException {
        String sql = """
                select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME,
                       UPDATE_RULE, DELETE_RULE
                from INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS""";
        Map<List<String>, String[]> references = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                references.put(List.of(rs.getString(1), rs.getString(2)), new String[] {rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)});
            }
        }
        Map<List<String>, TableKey> uniqueTables = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_SCHEMA, TABLE_NAME
                from INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                where CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE')""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                uniqueTables.put(List.of(rs.getString(1), rs.getString(2)),
                        new TableKey(rs.getString(3), rs.getString(4)));
            }
        }
        constraints.forEach((id, constraint) -> {
            String[] reference = references.get(id);
            if (reference == null) {
                return;
            }
            List<String> target = List.of(reference[0], reference[1]);
            TableKey referencedTable = uniqueTables.get(target);
            List<KeyColumn> targetColumns = keyColumns.getOrDefault(target, List.of());
            List<String> columns = new ArrayList<>();
            List<String> referenced = new ArrayList<>();
            for (KeyColumn column : keyColumns.getOrDefault(id, List.of())) {
                for (KeyColumn candidate : targetColumns) {
                    if (candidate.ordinal() == column.positionInUnique()) {
                        columns.add(column.column());
                        referenced.add(candidate.column());
                    }
                }
            }
            if (referencedTable == null || columns.isEmpty()) {
                return;
            }
            parts.get(constraint.table()).foreignKeys.add(new ForeignKey(userName(constraint.name()), columns,
                    request.modelSchema(referencedTable.schema()), referencedTable.name(), referenced,
                    action(reference[3]), action(reference[2]), null));
        });
    }

    private static ReferentialAction action(String rule) {
        ReferentialAction action = ReferentialActions.parse(rule);
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    /**
     * Indexes and their columns, each view read once and joined in Java ({@code INDEX_COLUMNS} would otherwise
     * be rebuilt for every index).
     */
    private static void readIndexes(Connection connection, List<String> schemas, Map<TableKey, Parts> parts)
            throws SQLException {
        String indexSql = """
                select TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME
                from INFORMATION_SCHEMA.INDEXES
                where IS_GENERATED = FALSE and TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME, INDEX_NAME""";
        String columnSql = """
                select TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME, ORDERING_SPECIFICATION
                from INFORMATION_SCHEMA.INDEX_COLUMNS
                where TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, ORDINAL_POSITION""";
        Map<List<String>, List<IndexColumn>> columns = new HashMap<>();
        try (PreparedStatement s = prepare(connection, columnSql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                columns.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                        k -> new ArrayList<>()).add(new IndexColumn(rs.getString(4), "DESC".equals(rs.getString(5))));
            }
        }
        try (PreparedStatement s = prepare(connection, indexSql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Parts p = parts.get(new TableKey(rs.getString(1), rs.getString(2)));
                List<IndexColumn> cols = columns.get(List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
                if (p != null && cols != null) {
                    p.indexes.add(new Index(rs.getString(3), cols, rs.getString(4).startsWith("UNIQUE"), null));
                }
            }
        }
    }

    private static List<Sequence> readSequences(Connection connection, List<String> schemas, ReadRequest request)
            throws SQLException {
        String sql = """
                select SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT
                from INFORMATION_SCHEMA.SEQUENCES
                where SEQUENCE_SCHEMA in (:schemas)
                order by SEQUENCE_SCHEMA, SEQUENCE_NAME""";
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!TableFilter.isOwnTable(rs.getString(2))) {
                    sequences.add(new Sequence(request.modelSchema(rs.getString(1)), rs.getString(2), rs.getLong(3),
                            Math.toIntExact(rs.getLong(4)), null));
                }
            }
        }
        return sequences;
    }
}

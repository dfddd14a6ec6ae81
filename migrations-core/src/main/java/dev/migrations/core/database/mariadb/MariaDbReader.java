package dev.migrations.core.database.mariadb;

import dev.migrations.core.introspect.CanonicalOrder;
import dev.migrations.core.introspect.CheckConditionParser;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a MariaDB or MySQL database from {@code information_schema}: one query per kind of element (tables,
 * columns, constraints, key columns, referential rules, checks, index columns) over every schema read, joined in
 * Java, plus one query for the start and increment of all sequences; no query per table, so a thousand tables
 * cost the same eight queries as one. A schema is a database in MariaDB's terms.
 *
 * <ul>
 *   <li>Types are read by {@link MariaDbTypes}; an {@code enum('A','B')} column reads as {@code varchar(255)} plus
 *       an unnamed {@code in ('A','B')} check, as the model describes a string enum.
 *   <li>Defaults lose the server's spelling: {@code 'x'}, {@code NULL}, {@code current_timestamp(6)},
 *       {@code b'1'} and {@code 0.00} read as the model writes them ({@link DefaultValues}).
 *   <li>The primary key is unnamed ({@code PRIMARY} on every table); unique indexes whose columns all ascend are
 *       unique constraints; the index InnoDB creates behind a foreign key (named as the key) is not reported.
 *   <li>{@code RESTRICT}, which InnoDB reports for an action left out, reads as {@code NO ACTION}: both are
 *       enforced alike.
 *   <li>The tool's own tables ({@code migrations_…}) and sequences are never returned.
 * </ul>
 *
 * <pre>{@code
 * Schema live = new MariaDbReader(MariaDbFlavor.MARIADB)
 *         .read(connection, new ReadRequest("app", List.of(), TableFilter.all()));
 * }</pre>
 */
public final class MariaDbReader implements DatabaseReader {

    /** A character-set introducer before a string literal in MySQL 8's check clauses: {@code _utf8mb4'A'}. */
    private static final Pattern INTRODUCER = Pattern.compile("(?<![A-Za-z0-9_$])_[a-z0-9]+(?=')");

    private final MariaDbFlavor flavor;

    public MariaDbReader(MariaDbFlavor flavor) {
        this.flavor = flavor;
    }

    /** The connection's database ({@code DATABASE()}), the schema whose tables have no schema in the model. */
    @Override
    public String currentSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select database()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public Schema read(Connection connection, ReadRequest request) throws SQLException {
        List<String> schemas = new ArrayList<>();
        if (request.defaultSchema() != null) {
            schemas.add(request.defaultSchema());
        }
        request.otherSchemas().stream().filter(s -> !schemas.contains(s)).forEach(schemas::add);
        if (schemas.isEmpty()) {
            return new Schema(List.of(), List.of(), List.of());
        }
        Map<TableKey, Parts> parts = new LinkedHashMap<>();
        List<TableKey> sequenceNames = new ArrayList<>();
        readTables(connection, schemas, request, parts, sequenceNames);
        readColumns(connection, schemas, parts);
        Map<ConstraintKey, String> constraintTypes = readConstraintTypes(connection, schemas, parts);
        Map<ConstraintKey, List<KeyColumn>> keyColumns = readKeyColumns(connection, schemas);
        Map<List<String>, List<IndexPart>> indexes = readIndexColumns(connection, schemas, parts);
        readKeys(constraintTypes, keyColumns, indexes, parts);
        readForeignKeys(connection, schemas, constraintTypes, keyColumns, parts, request);
        readChecks(connection, schemas, constraintTypes, parts);
        readIndexes(indexes, constraintTypes, parts);
        List<Table> tables = new ArrayList<>();
        for (Parts p : parts.values()) {
            tables.add(p.toTable(request));
        }
        return new Schema(tables, readSequences(connection, sequenceNames, request), List.of());
    }

    /** A table (or sequence) by schema and name. */
    private record TableKey(String schema, String name) {
    }

    /** A constraint by schema, table and name: MariaDB names checks per table. */
    private record ConstraintKey(String schema, String table, String name) {
    }

    /** One column of a key: its name and, for a foreign key, the column it references. */
    private record KeyColumn(String column, String referencedSchema, String referencedTable, String referencedColumn) {
    }

    /** One column of an index, in order. */
    private record IndexPart(String column, boolean unique, boolean descending) {
    }

    private record RawColumn(String name, String columnType, boolean nullable, String defaultValue, String extra,
                             String comment) {
    }

    /** What has been read of one table so far. */
    private static final class Parts {
        final TableKey key;
        final String comment;
        final List<RawColumn> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        Parts(TableKey key, String comment) {
            this.key = key;
            this.comment = comment;
        }

        Table toTable(ReadRequest request) {
            List<Column> out = new ArrayList<>();
            List<CheckConstraint> enumChecks = new ArrayList<>();
            for (RawColumn c : columns) {
                ReadType type = MariaDbTypes.read(c.columnType());
                boolean identity = c.extra() != null && c.extra().toLowerCase(Locale.ROOT).contains("auto_increment");
                String defaultValue = identity ? null : DefaultValues.normalize(c.defaultValue(), type.type().kind());
                out.add(new Column(c.name(), type.type(), c.nullable(), defaultValue, identity, c.comment(),
                        type.columnDefinition(), null));
                if (!type.enumValues().isEmpty()) {
                    enumChecks.add(new CheckConstraint(null, new CheckCondition.InValues(c.name(), type.enumValues()),
                            dev.migrations.core.dialect.StringEnums.NATIVE_ENUM));
                }
            }
            List<CheckConstraint> allChecks = new ArrayList<>(enumChecks);
            allChecks.addAll(checks);
            return new Table(request.modelSchema(key.schema()), key.name(), comment, out, primaryKey,
                    CanonicalOrder.uniques(uniques), CanonicalOrder.indexes(indexes),
                    CanonicalOrder.foreignKeys(foreignKeys), allChecks, null);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> schemas)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.replace("(:schemas)",
                "(" + String.join(", ", Collections.nCopies(schemas.size(), "?")) + ")"));
        for (int i = 0; i < schemas.size(); i++) {
            statement.setString(i + 1, schemas.get(i));
        }
        return statement;
    }

    private static void readTables(Connection connection, List<String> schemas, ReadRequest request,
                                   Map<TableKey, Parts> parts, List<TableKey> sequences) throws SQLException {
        String sql = """
                select TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT
                from information_schema.TABLES
                where TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME""";
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                TableKey key = new TableKey(rs.getString(1), rs.getString(2));
                String type = rs.getString(3);
                if ("SEQUENCE".equals(type)) {
                    if (!TableFilter.isOwnTable(key.name())) {
                        sequences.add(key);
                    }
                } else if ("BASE TABLE".equals(type) && request.filter().accepts(key.name())) {
                    parts.put(key, new Parts(key, blankToNull(rs.getString(4))));
                }
            }
        }
    }

    private void readColumns(Connection connection, List<String> schemas, Map<TableKey, Parts> parts)
            throws SQLException {
        String sql = """
                select TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
                       COLUMN_COMMENT, DATA_TYPE
                from information_schema.COLUMNS
                where TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Parts p = parts.get(new TableKey(rs.getString(1), rs.getString(2)));
                if (p != null) {
                    String extra = rs.getString(7);
                    p.columns.add(new RawColumn(rs.getString(3), rs.getString(4), "YES".equals(rs.getString(5)),
                            defaultExpression(rs.getString(6), extra, rs.getString(9)), extra,
                            blankToNull(rs.getString(8))));
                }
            }
        }
    }

    /**
     * The default as an SQL expression. MariaDB reports one ({@code 'x'}, {@code NULL}, {@code current_timestamp()});
     * MySQL 8 reports a literal's bare value ({@code x}) and marks expressions {@code DEFAULT_GENERATED}. A bit
     * literal {@code b'1'} becomes its number.
     */
    String defaultExpression(String raw, String extra, String dataType) {
        if (raw == null) {
            return null;
        }
        String value = raw;
        if (flavor == MariaDbFlavor.MYSQL) {
            boolean expression = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
            if (!expression && !raw.matches("b'[01]+'") && !isNumeric(dataType)) {
                value = "'" + raw.replace("'", "''") + "'";
            }
        }
        if (value.matches("(?i)b'[01]+'")) {
            return Long.toString(Long.parseLong(value.substring(2, value.length() - 1), 2));
        }
        return value;
    }

    private static boolean isNumeric(String dataType) {
        String t = dataType == null ? "" : dataType.toLowerCase(Locale.ROOT);
        return Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint", "decimal", "numeric", "float",
                "double", "real", "bit").contains(t);
    }

    private static Map<ConstraintKey, String> readConstraintTypes(Connection connection, List<String> schemas,
                                                                  Map<TableKey, Parts> parts) throws SQLException {
        String sql = """
                select TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE
                from information_schema.TABLE_CONSTRAINTS
                where TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME""";
        Map<ConstraintKey, String> types = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (parts.containsKey(new TableKey(rs.getString(1), rs.getString(2)))) {
                    types.put(new ConstraintKey(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
                }
            }
        }
        return types;
    }

    private static Map<ConstraintKey, List<KeyColumn>> readKeyColumns(Connection connection, List<String> schemas)
            throws SQLException {
        String sql = """
                select TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA,
                       REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
                from information_schema.KEY_COLUMN_USAGE
                where TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION""";
        Map<ConstraintKey, List<KeyColumn>> columns = new HashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                columns.computeIfAbsent(new ConstraintKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                        k -> new ArrayList<>()).add(new KeyColumn(rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7)));
            }
        }
        return columns;
    }

    /** The columns of every index, by schema, table and index name, in index order. */
    private static Map<List<String>, List<IndexPart>> readIndexColumns(Connection connection, List<String> schemas,
                                                                      Map<TableKey, Parts> parts) throws SQLException {
        String sql = """
                select TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION
                from information_schema.STATISTICS
                where TABLE_SCHEMA in (:schemas)
                order by TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";
        Map<List<String>, List<IndexPart>> indexes = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (parts.containsKey(new TableKey(rs.getString(1), rs.getString(2))) && rs.getString(5) != null) {
                    indexes.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                            k -> new ArrayList<>()).add(new IndexPart(rs.getString(5), rs.getInt(4) == 0,
                            "D".equals(rs.getString(6))));
                }
            }
        }
        return indexes;
    }

    private static void readKeys(Map<ConstraintKey, String> types, Map<ConstraintKey, List<KeyColumn>> keyColumns,
                                 Map<List<String>, List<IndexPart>> indexes, Map<TableKey, Parts> parts) {
        types.forEach((key, type) -> {
            Parts p = parts.get(new TableKey(key.schema(), key.table()));
            List<String> columns = keyColumns.getOrDefault(key, List.of()).stream().map(KeyColumn::column).toList();
            if (columns.isEmpty()) {
                return;
            }
            if (type.equals("PRIMARY KEY")) {
                p.primaryKey = new PrimaryKey(null, columns);
            } else if (type.equals("UNIQUE") && ascending(indexes.get(indexKey(key)))) {
                p.uniques.add(new UniqueConstraint(key.name(), columns, null));
            }
        });
    }

    private static List<String> indexKey(ConstraintKey key) {
        return List.of(key.schema(), key.table(), key.name());
    }

    private static boolean ascending(List<IndexPart> index) {
        return index == null || index.stream().noneMatch(IndexPart::descending);
    }

    /**
     * Indexes that are neither the primary key, nor a unique constraint, nor the index InnoDB made for a foreign
     * key (named as the key, its columns leading).
     */
    private static void readIndexes(Map<List<String>, List<IndexPart>> indexes, Map<ConstraintKey, String> types,
                                    Map<TableKey, Parts> parts) {
        indexes.forEach((key, columns) -> {
            ConstraintKey constraint = new ConstraintKey(key.get(0), key.get(1), key.get(2));
            String type = types.get(constraint);
            boolean unique = columns.get(0).unique();
            if ("PRIMARY KEY".equals(type) || (unique && "UNIQUE".equals(type) && ascending(columns))) {
                return;
            }
            Parts p = parts.get(new TableKey(key.get(0), key.get(1)));
            if (!unique && backsForeignKey(p, key.get(2), columns)) {
                return;
            }
            p.indexes.add(new Index(key.get(2), columns.stream()
                    .map(c -> new IndexColumn(c.column(), c.descending())).toList(), unique, null));
        });
    }

    /**
     * Whether InnoDB made this index for a foreign key: it carries the key's name, or, for a key declared without
     * one, the name of the key's first column, and its columns are the key's.
     */
    private static boolean backsForeignKey(Parts p, String name, List<IndexPart> columns) {
        List<String> indexed = columns.stream().map(IndexPart::column).toList();
        return p.foreignKeys.stream().anyMatch(fk -> (name.equals(fk.name()) && fk.columns().size() <= indexed.size()
                && fk.columns().equals(indexed.subList(0, fk.columns().size())))
                || (name.equals(fk.columns().get(0)) && fk.columns().equals(indexed)));
    }

    private void readForeignKeys(Connection connection, List<String> schemas, Map<ConstraintKey, String> types,
                                 Map<ConstraintKey, List<KeyColumn>> keyColumns, Map<TableKey, Parts> parts,
                                 ReadRequest request) throws SQLException {
        String sql = """
                select CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
                from information_schema.REFERENTIAL_CONSTRAINTS
                where CONSTRAINT_SCHEMA in (:schemas)""";
        Map<ConstraintKey, String[]> rules = new HashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rules.put(new ConstraintKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                        new String[] {rs.getString(4), rs.getString(5)});
            }
        }
        types.forEach((key, type) -> {
            if (!type.equals("FOREIGN KEY")) {
                return;
            }
            List<KeyColumn> columns = keyColumns.getOrDefault(key, List.of());
            if (columns.isEmpty() || columns.get(0).referencedTable() == null) {
                return;
            }
            String[] rule = rules.getOrDefault(key, new String[] {null, null});
            KeyColumn first = columns.get(0);
            parts.get(new TableKey(key.schema(), key.table())).foreignKeys.add(new ForeignKey(key.name(),
                    columns.stream().map(KeyColumn::column).toList(), request.modelSchema(first.referencedSchema()),
                    first.referencedTable(), columns.stream().map(KeyColumn::referencedColumn).toList(),
                    action(rule[1]), action(rule[0]), null));
        });
    }

    private static ReferentialAction action(String rule) {
        ReferentialAction action = ReferentialActions.parse(rule);
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    /**
     * Check clauses. MariaDB's {@code CHECK_CONSTRAINTS} names the table (check names are per table there);
     * MySQL's does not (they are per schema), so its rows are matched to tables through {@code TABLE_CONSTRAINTS}.
     */
    private void readChecks(Connection connection, List<String> schemas, Map<ConstraintKey, String> types,
                            Map<TableKey, Parts> parts) throws SQLException {
        boolean mariadb = flavor == MariaDbFlavor.MARIADB;
        String sql = "select CONSTRAINT_SCHEMA, " + (mariadb ? "TABLE_NAME" : "null") + ", CONSTRAINT_NAME, "
                + "CHECK_CLAUSE from information_schema.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA in (:schemas) "
                + "order by CONSTRAINT_SCHEMA, CONSTRAINT_NAME";
        Map<List<String>, String> bySchemaAndName = new HashMap<>();
        Map<ConstraintKey, String> byTable = new HashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (mariadb) {
                    byTable.put(new ConstraintKey(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
                } else {
                    bySchemaAndName.put(List.of(rs.getString(1), rs.getString(3)), rs.getString(4));
                }
            }
        }
        types.forEach((key, type) -> {
            if (!type.equals("CHECK")) {
                return;
            }
            String clause = mariadb ? byTable.get(key) : bySchemaAndName.get(List.of(key.schema(), key.name()));
            if (clause != null) {
                String text = mariadb ? clause : INTRODUCER.matcher(clause).replaceAll("");
                parts.get(new TableKey(key.schema(), key.table())).checks.add(new CheckConstraint(key.name(),
                        CheckConditionParser.parse(text), null));
            }
        });
    }

    /**
     * Start and increment of every sequence, in one statement: a {@code union all} of one row per sequence (each
     * sequence is a one-row table whose columns MariaDB 10.11 exposes nowhere else).
     */
    private static List<Sequence> readSequences(Connection connection, List<TableKey> names, ReadRequest request)
            throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            TableKey n = names.get(i);
            selects.add("select " + i + ", start_value, increment from " + backticked(n.schema()) + "."
                    + backticked(n.name()));
        }
        long[][] values = new long[names.size()][];
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(String.join(" union all ",
                selects))) {
            while (rs.next()) {
                values[rs.getInt(1)] = new long[] {rs.getLong(2), rs.getLong(3)};
            }
        }
        List<Sequence> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (values[i] != null) {
                out.add(new Sequence(request.modelSchema(names.get(i).schema()), names.get(i).name(), values[i][0],
                        Math.toIntExact(values[i][1]), null));
            }
        }
        return out;
    }

    private static String backticked(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package dev.migrations.core.introspect;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an H2 2.x database. Tables, columns and comments come from SchemaCrawler; keys, unique constraints,
 * checks, foreign keys, indexes and sequences come from {@code INFORMATION_SCHEMA}, one query each over all
 * tables of the schemas read.
 *
 * <ul>
 *   <li>Names H2 generates for unnamed constraints ({@code CONSTRAINT_4}, {@code CONSTRAINT_42_1}) read as
 *       {@code null}: only names a user chose are kept.
 *   <li>Indexes H2 creates behind a primary key, unique constraint or foreign key ({@code IS_GENERATED}) are
 *       not reported; a {@code CREATE UNIQUE INDEX} is an {@link Index} with {@code unique = true}.
 *   <li>H2 reports {@code NO ACTION} as {@code RESTRICT} and enforces both alike: both read as
 *       {@link ReferentialAction#NO_ACTION}.
 *   <li>A native {@code ENUM} column reads as {@code varchar(255)} plus an {@code in (…)} check of its values.
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
        List<CrawledTable> crawled = CatalogCrawler.crawl(connection, new HashSet<>(schemas),
                List.of("TABLE", "BASE TABLE"));
        Map<TableKey, Parts> parts = new LinkedHashMap<>();
        for (CrawledTable t : crawled) {
            if (request.filter().accepts(t.name())) {
                parts.put(new TableKey(t.schema(), t.name()), new Parts(t));
            }
        }
        readKeys(connection, schemas, parts);
        readChecks(connection, schemas, parts);
        readForeignKeys(connection, schemas, parts, request);
        readIndexes(connection, schemas, parts);
        List<Table> tables = new ArrayList<>();
        for (Parts p : parts.values()) {
            tables.add(p.toTable(request));
        }
        return new Schema(tables, readSequences(connection, schemas, request), List.of());
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
                            new CheckCondition.InValues(c.name(), type.enumValues()), null));
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

    private static void readKeys(Connection connection, List<String> schemas, Map<TableKey, Parts> parts)
            throws SQLException {
        String sql = """
                select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME
                from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                  on k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                where tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE') and tc.TABLE_SCHEMA in (:schemas)
                order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";
        Map<TableKey, Map<String, List<String>>> primaryKeys = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Parts p = parts.get(new TableKey(rs.getString(1), rs.getString(2)));
                if (p == null) {
                    continue;
                }
                if (rs.getString(4).equals("PRIMARY KEY")) {
                    primaryKeys.computeIfAbsent(new TableKey(rs.getString(1), rs.getString(2)),
                            k -> new LinkedHashMap<>()).computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
                            .add(rs.getString(5));
                } else {
                    p.uniques.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(rs.getString(5));
                }
            }
        }
        primaryKeys.forEach((key, byName) -> byName.forEach((name, cols) ->
                parts.get(key).primaryKey = new PrimaryKey(userName(name), cols)));
    }

    private static void readChecks(Connection connection, List<String> schemas, Map<TableKey, Parts> parts)
            throws SQLException {
        String sql = """
                select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
                from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                join INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
                  on cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                where tc.CONSTRAINT_TYPE = 'CHECK' and tc.TABLE_SCHEMA in (:schemas)
                order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME""";
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Parts p = parts.get(new TableKey(rs.getString(1), rs.getString(2)));
                if (p != null) {
                    p.checks.add(new CheckConstraint(userName(rs.getString(3)),
                            CheckConditionParser.parse(rs.getString(4)), null));
                }
            }
        }
    }

    private static void readForeignKeys(Connection connection, List<String> schemas, Map<TableKey, Parts> parts,
                                        ReadRequest request) throws SQLException {
        String sql = """
                select f.TABLE_SCHEMA, f.TABLE_NAME, rc.CONSTRAINT_NAME, f.COLUMN_NAME,
                       p.TABLE_SCHEMA, p.TABLE_NAME, p.COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE
                from INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
                join INFORMATION_SCHEMA.KEY_COLUMN_USAGE f
                  on f.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA and f.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
                join INFORMATION_SCHEMA.KEY_COLUMN_USAGE p
                  on p.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                 and p.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
                 and p.ORDINAL_POSITION = f.POSITION_IN_UNIQUE_CONSTRAINT
                where f.TABLE_SCHEMA in (:schemas)
                order by f.TABLE_SCHEMA, f.TABLE_NAME, rc.CONSTRAINT_NAME, f.ORDINAL_POSITION""";
        Map<List<String>, List<String[]>> rows = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String[] row = new String[9];
                for (int i = 0; i < 9; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.computeIfAbsent(List.of(row[0], row[1], row[2]), k -> new ArrayList<>()).add(row);
            }
        }
        for (List<String[]> key : rows.values()) {
            String[] first = key.get(0);
            Parts p = parts.get(new TableKey(first[0], first[1]));
            if (p == null) {
                continue;
            }
            p.foreignKeys.add(new ForeignKey(userName(first[2]), key.stream().map(r -> r[3]).toList(),
                    request.modelSchema(first[4]), first[5], key.stream().map(r -> r[6]).toList(),
                    action(first[8]), action(first[7]), null));
        }
    }

    private static ReferentialAction action(String rule) {
        ReferentialAction action = ReferentialActions.parse(rule);
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    private static void readIndexes(Connection connection, List<String> schemas, Map<TableKey, Parts> parts)
            throws SQLException {
        String sql = """
                select i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME,
                       c.ORDERING_SPECIFICATION
                from INFORMATION_SCHEMA.INDEXES i
                join INFORMATION_SCHEMA.INDEX_COLUMNS c
                  on c.INDEX_SCHEMA = i.INDEX_SCHEMA and c.INDEX_NAME = i.INDEX_NAME and c.TABLE_NAME = i.TABLE_NAME
                where i.IS_GENERATED = FALSE and i.TABLE_SCHEMA in (:schemas)
                order by i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";
        Map<List<String>, List<IndexColumn>> columns = new LinkedHashMap<>();
        Map<List<String>, Boolean> unique = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                List<String> key = List.of(rs.getString(1), rs.getString(2), rs.getString(3));
                unique.put(key, rs.getString(4).startsWith("UNIQUE"));
                columns.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new IndexColumn(rs.getString(5), "DESC".equals(rs.getString(6))));
            }
        }
        columns.forEach((key, cols) -> {
            Parts p = parts.get(new TableKey(key.get(0), key.get(1)));
            if (p != null) {
                p.indexes.add(new Index(key.get(2), cols, unique.get(key), null));
            }
        });
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

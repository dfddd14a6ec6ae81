package dev.migrations.core.database.postgresql;

import dev.migrations.core.introspect.CanonicalOrder;
import dev.migrations.core.introspect.CheckConditionParser;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.introspect.DefaultValues;
import dev.migrations.core.introspect.ReadRequest;
import dev.migrations.core.introspect.ReadType;
import dev.migrations.core.introspect.TableFilter;
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
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a PostgreSQL database from {@code pg_catalog}: one query per kind of element (tables, columns,
 * constraints, indexes, sequences) for all schemas read, joined in Java by table oid, so a read costs the same
 * few round trips for ten tables or a thousand.
 *
 * <ul>
 *   <li>Constraint names are kept as the database holds them ({@code orders_pkey}, {@code UKabc…}): the diff
 *       matches keys and constraints by their columns, and dropping one needs its real name.
 *   <li>Indexes that back a primary key, unique or exclusion constraint are not reported; expression indexes are
 *       not reported either (the model cannot hold them, so autogenerate leaves them alone).
 *   <li>Identity columns and {@code serial} columns (a {@code nextval(…)} default on a sequence the column owns)
 *       read as identity without a default; the sequences they own are not reported.
 *   <li>Defaults lose their casts: {@code 'x'::character varying} reads as {@code 'x'}.
 * </ul>
 */
final class PostgresReader implements DatabaseReader {

    private static final Pattern NEXTVAL = Pattern.compile("(?i)nextval\\(.*\\)");

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
        Map<Long, Parts> tables = readTables(connection, schemas, request);
        readColumns(connection, schemas, tables);
        readConstraints(connection, schemas, tables, request);
        readIndexes(connection, schemas, tables);
        List<Table> out = new ArrayList<>();
        for (Parts p : tables.values()) {
            out.add(p.toTable(request));
        }
        return new Schema(out, readSequences(connection, schemas, request), List.of());
    }

    /** Each schema name as PostgreSQL stores it: {@code App} finds a schema created unquoted ({@code app}). */
    private static ReadRequest resolveSchemaNames(Connection connection, ReadRequest request) throws SQLException {
        List<String> existing = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select nspname from pg_catalog.pg_namespace");
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
        final String schema;
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        Parts(String schema, String name, String comment) {
            this.schema = schema;
            this.name = name;
            this.comment = comment;
        }

        Table toTable(ReadRequest request) {
            return new Table(request.modelSchema(schema), name, comment, columns, primaryKey,
                    CanonicalOrder.uniques(uniques), CanonicalOrder.indexes(indexes),
                    CanonicalOrder.foreignKeys(foreignKeys), checks, null);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> schemas)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        Array names = connection.createArrayOf("text", schemas.toArray());
        statement.setArray(1, names);
        return statement;
    }

    private static Map<Long, Parts> readTables(Connection connection, List<String> schemas, ReadRequest request)
            throws SQLException {
        String sql = """
                select c.oid, n.nspname, c.relname, obj_description(c.oid, 'pg_class')
                from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any(?)
                order by n.nspname, c.relname""";
        Map<Long, Parts> tables = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (request.filter().accepts(rs.getString(3))) {
                    tables.put(rs.getLong(1), new Parts(rs.getString(2), rs.getString(3), blankToNull(rs.getString(4))));
                }
            }
        }
        return tables;
    }

    private static void readColumns(Connection connection, List<String> schemas, Map<Long, Parts> tables)
            throws SQLException {
        String sql = """
                select a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '', a.attgenerated <> '',
                       col_description(a.attrelid, a.attnum),
                       exists (select 1 from pg_catalog.pg_depend dep join pg_catalog.pg_class seq on seq.oid = dep.objid
                               where dep.classid = 'pg_catalog.pg_class'::regclass and dep.refobjid = a.attrelid
                                 and dep.refobjsubid = a.attnum and dep.deptype = 'a' and seq.relkind = 'S')
                from pg_catalog.pg_attribute a
                join pg_catalog.pg_class c on c.oid = a.attrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and n.nspname = any(?)
                order by a.attrelid, a.attnum""";
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Parts table = tables.get(rs.getLong(1));
                if (table == null) {
                    continue;
                }
                ReadType type = PostgresTypes.read(rs.getString(3));
                String rawDefault = rs.getString(5);
                boolean serial = rs.getBoolean(9) && rawDefault != null && NEXTVAL.matcher(rawDefault.strip()).matches();
                boolean identity = rs.getBoolean(6) || serial;
                boolean generated = rs.getBoolean(7);
                String defaultValue = identity || generated ? null
                        : DefaultValues.normalize(rawDefault, type.type().kind());
                table.columns.add(new Column(rs.getString(2), type.type(), !rs.getBoolean(4), defaultValue, identity,
                        blankToNull(rs.getString(8)), type.columnDefinition(), null));
            }
        }
    }

    private static void readConstraints(Connection connection, List<String> schemas, Map<Long, Parts> tables,
                                        ReadRequest request) throws SQLException {
        String sql = """
                select con.conrelid, con.conname, con.contype,
                       array(select a.attname from unnest(con.conkey) with ordinality k(num, pos)
                             join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num
                             order by k.pos),
                       rn.nspname, rc.relname,
                       array(select a.attname from unnest(con.confkey) with ordinality k(num, pos)
                             join pg_catalog.pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num
                             order by k.pos),
                       con.confupdtype, con.confdeltype, pg_get_constraintdef(con.oid)
                from pg_catalog.pg_constraint con
                join pg_catalog.pg_class c on c.oid = con.conrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                left join pg_catalog.pg_class rc on rc.oid = con.confrelid
                left join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
                where con.contype in ('p', 'u', 'f', 'c') and n.nspname = any(?)
                order by con.conrelid, con.conname""";
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Parts table = tables.get(rs.getLong(1));
                if (table == null) {
                    continue;
                }
                String name = rs.getString(2);
                List<String> columns = strings(rs.getArray(4));
                switch (rs.getString(3)) {
                    case "p" -> table.primaryKey = new PrimaryKey(name, columns);
                    case "u" -> table.uniques.add(new UniqueConstraint(name, columns, null));
                    case "f" -> table.foreignKeys.add(new ForeignKey(name, columns,
                            request.modelSchema(rs.getString(5)), rs.getString(6), strings(rs.getArray(7)),
                            action(rs.getString(9)), action(rs.getString(8)), null));
                    case "c" -> table.checks.add(new CheckConstraint(name,
                            CheckConditionParser.parse(checkClause(rs.getString(10))), null));
                    default -> throw new IllegalStateException("constraint type " + rs.getString(3));
                }
            }
        }
    }

    /** {@code CHECK ((x > 0)) NOT VALID} → {@code (x > 0)}. */
    static String checkClause(String definition) {
        String text = definition.strip();
        if (text.regionMatches(true, 0, "CHECK", 0, 5)) {
            text = text.substring(5).strip();
        }
        if (text.regionMatches(true, text.length() - 9, "NOT VALID", 0, 9)) {
            text = text.substring(0, text.length() - 9).strip();
        }
        return text;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static void readIndexes(Connection connection, List<String> schemas, Map<Long, Parts> tables)
            throws SQLException {
        String sql = """
                select i.indrelid, ic.relname, i.indisunique,
                       array(select coalesce(a.attname, '') from unnest(i.indkey::int2[]) with ordinality k(num, pos)
                             left join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.num
                             where k.pos <= i.indnkeyatts order by k.pos),
                       array(select (o.opt & 1) = 1 from unnest(i.indoption::int2[]) with ordinality o(opt, pos)
                             where o.pos <= i.indnkeyatts order by o.pos)
                from pg_catalog.pg_index i
                join pg_catalog.pg_class ic on ic.oid = i.indexrelid
                join pg_catalog.pg_class c on c.oid = i.indrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                where n.nspname = any(?) and i.indexprs is null
                  and not exists (select 1 from pg_catalog.pg_constraint con where con.conindid = i.indexrelid
                                  and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x'))
                order by i.indrelid, ic.relname""";
        try (PreparedStatement s = prepare(connection, sql, schemas); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Parts table = tables.get(rs.getLong(1));
                if (table == null) {
                    continue;
                }
                List<String> names = strings(rs.getArray(4));
                Object[] descending = (Object[]) rs.getArray(5).getArray();
                List<IndexColumn> columns = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    columns.add(new IndexColumn(names.get(i), Boolean.TRUE.equals(descending[i])));
                }
                table.indexes.add(new Index(rs.getString(2), columns, rs.getBoolean(3), null));
            }
        }
    }

    /** Sequences, without those an identity or serial column owns. */
    private static List<Sequence> readSequences(Connection connection, List<String> schemas, ReadRequest request)
            throws SQLException {
        String sql = """
                select n.nspname, c.relname, s.seqstart, s.seqincrement
                from pg_catalog.pg_sequence s
                join pg_catalog.pg_class c on c.oid = s.seqrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                where n.nspname = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend d where d.objid = c.oid
                                  and d.classid = 'pg_catalog.pg_class'::regclass and d.deptype in ('a', 'i'))
                order by n.nspname, c.relname""";
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

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((String) o);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

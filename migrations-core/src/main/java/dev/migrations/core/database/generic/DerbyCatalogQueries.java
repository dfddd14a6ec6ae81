package dev.migrations.core.database.generic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derby's catalogue, which has no {@code INFORMATION_SCHEMA}: constraints from {@code SYS.SYSCONSTRAINTS} with
 * the index ("conglomerate") behind each key, unique and foreign-key constraint, check clauses from
 * {@code SYS.SYSCHECKS} and sequences from {@code SYS.SYSSEQUENCES}. Derby names a constraint's index itself
 * ({@code SQL0000000083-…}) and backs a unique constraint on nullable columns with an index that the metadata
 * reports as not unique, so a unique constraint's columns are those of its index.
 */
final class DerbyCatalogQueries implements CatalogQueries {

    @Override
    public Constraints read(Connection connection, List<String> schemas) throws SQLException {
        Set<String> wanted = new HashSet<>(schemas);
        List<UniqueRow> uniques = new ArrayList<>();
        Map<String, Set<String>> backing = new HashMap<>();
        String constraints = """
                select s.SCHEMANAME, t.TABLENAME, c.CONSTRAINTNAME, c.TYPE, g.CONGLOMERATENAME
                from SYS.SYSCONSTRAINTS c
                join SYS.SYSTABLES t on t.TABLEID = c.TABLEID
                join SYS.SYSSCHEMAS s on s.SCHEMAID = c.SCHEMAID
                left join SYS.SYSKEYS k on k.CONSTRAINTID = c.CONSTRAINTID
                left join SYS.SYSFOREIGNKEYS f on f.CONSTRAINTID = c.CONSTRAINTID
                left join SYS.SYSCONGLOMERATES g on g.CONGLOMERATEID = coalesce(k.CONGLOMERATEID, f.CONGLOMERATEID)
                order by s.SCHEMANAME, t.TABLENAME, c.CONSTRAINTNAME""";
        try (PreparedStatement statement = connection.prepareStatement(constraints);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String schema = rs.getString(1);
                if (!wanted.contains(schema)) {
                    continue;
                }
                String index = rs.getString(5);
                if (index != null) {
                    backing.computeIfAbsent(schema, k -> new HashSet<>()).add(index);
                }
                if ("U".equals(rs.getString(4))) {
                    uniques.add(new UniqueRow(schema, rs.getString(2), rs.getString(3), List.of(), index));
                }
            }
        }
        List<CheckRow> checks = new ArrayList<>();
        String checkSql = """
                select s.SCHEMANAME, t.TABLENAME, c.CONSTRAINTNAME, ch.CHECKDEFINITION
                from SYS.SYSCHECKS ch
                join SYS.SYSCONSTRAINTS c on c.CONSTRAINTID = ch.CONSTRAINTID
                join SYS.SYSTABLES t on t.TABLEID = c.TABLEID
                join SYS.SYSSCHEMAS s on s.SCHEMAID = c.SCHEMAID
                order by s.SCHEMANAME, t.TABLENAME, c.CONSTRAINTNAME""";
        try (PreparedStatement statement = connection.prepareStatement(checkSql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (wanted.contains(rs.getString(1))) {
                    checks.add(new CheckRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<SequenceRow> sequences = new ArrayList<>();
        String sequenceSql = """
                select s.SCHEMANAME, q.SEQUENCENAME, q.STARTVALUE, q.INCREMENT
                from SYS.SYSSEQUENCES q join SYS.SYSSCHEMAS s on s.SCHEMAID = q.SCHEMAID
                order by s.SCHEMANAME, q.SEQUENCENAME""";
        try (PreparedStatement statement = connection.prepareStatement(sequenceSql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                // identity columns keep their counters in SYSIBM's sequences, outside every user schema
                if (wanted.contains(rs.getString(1))) {
                    sequences.add(new SequenceRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                            Math.toIntExact(rs.getLong(4))));
                }
            }
        }
        return new Constraints(uniques, checks, sequences, backing);
    }
}

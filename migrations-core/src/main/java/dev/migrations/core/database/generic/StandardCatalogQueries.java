package dev.migrations.core.database.generic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The catalogue through the standard's {@code INFORMATION_SCHEMA} views ({@code TABLE_CONSTRAINTS},
 * {@code KEY_COLUMN_USAGE}, {@code CHECK_CONSTRAINTS}, {@code SEQUENCES}). Each view is read once, and a view the
 * database lacks gives no rows. The checks a database keeps for NOT NULL columns ({@code X IS NOT NULL}) are left
 * out: the columns' nullability says the same.
 */
final class StandardCatalogQueries implements CatalogQueries {

    private static final Pattern NOT_NULL_CHECK = Pattern.compile("(?i)\\s*\\(?\\s*[^\\s()]+\\s*\\)?\\s+IS\\s+NOT\\s+NULL\\s*");

    @Override
    public Constraints read(Connection connection, List<String> schemas) throws SQLException {
        Set<String> wanted = new HashSet<>(schemas);
        Map<List<String>, List<String>> uniqueColumns = new LinkedHashMap<>();
        Map<String, Set<String>> constraintNames = new HashMap<>();
        query(connection, """
                select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME
                from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                left join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k on k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                    and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME and k.TABLE_NAME = tc.TABLE_NAME
                order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""", rs -> {
            if (wanted.contains(rs.getString(1))) {
                constraintNames.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(3));
                if ("UNIQUE".equals(rs.getString(4)) && rs.getString(5) != null) {
                    uniqueColumns.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                            k -> new ArrayList<>()).add(rs.getString(5));
                }
            }
        });
        List<UniqueRow> uniques = new ArrayList<>();
        uniqueColumns.forEach((key, columns) -> uniques.add(new UniqueRow(key.get(0), key.get(1), key.get(2),
                columns, null)));
        List<CheckRow> checks = new ArrayList<>();
        query(connection, """
                select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
                from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                join INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc on cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                    and cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                where tc.CONSTRAINT_TYPE = 'CHECK'
                order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME""", rs -> {
            String clause = rs.getString(4);
            if (wanted.contains(rs.getString(1)) && clause != null && !NOT_NULL_CHECK.matcher(
                    CatalogQueries.withoutQualifiers(clause)).matches()) {
                checks.add(new CheckRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        CatalogQueries.withoutQualifiers(clause)));
            }
        });
        List<SequenceRow> sequences = new ArrayList<>();
        query(connection, """
                select SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT
                from INFORMATION_SCHEMA.SEQUENCES
                order by SEQUENCE_SCHEMA, SEQUENCE_NAME""", rs -> {
            if (wanted.contains(rs.getString(1))) {
                // the standard declares these columns as character data
                sequences.add(new SequenceRow(rs.getString(1), rs.getString(2), Long.parseLong(rs.getString(3).strip()),
                        Integer.parseInt(rs.getString(4).strip())));
            }
        });
        // HSQLDB, H2 and others name a constraint's index after the constraint
        return new Constraints(uniques, checks, sequences, constraintNames);
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a catalogue query; a database without the view gives no rows. Where a failed statement would spoil the
     * open transaction, a savepoint undoes just the failure.
     */
    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException | NumberFormatException missingView) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            // the database has no such view (or spells it its own way): nothing more can be read from it
        }
    }
}

package dev.migrations.core.database.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the index behind each constraint, by constraint schema and name, in index order. Both views are
 * read once with a plain query and joined in Java, as {@link H2Reader} does with the others.
 */
final class H2ConstraintIndexColumns {

    private H2ConstraintIndexColumns() {
    }

    static Map<List<String>, List<String>> read(Connection connection) throws SQLException {
        Map<List<String>, List<String>> byIndex = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS
                order by INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                byIndex.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                        .add(rs.getString(3));
            }
        }
        Map<List<String>, List<String>> byConstraint = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, INDEX_SCHEMA, INDEX_NAME
                from INFORMATION_SCHEMA.TABLE_CONSTRAINTS where INDEX_NAME is not null""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                List<String> columns = byIndex.get(List.of(rs.getString(3), rs.getString(4)));
                if (columns != null) {
                    byConstraint.put(List.of(rs.getString(1), rs.getString(2)), columns);
                }
            }
        }
        return byConstraint;
    }
}

package dev.migrations.spring.boot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/** SQLite databases in test folders, read back over plain JDBC. */
final class SqliteFiles {

    private SqliteFiles() {
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    static DataSource dataSource(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url(file));
        return dataSource;
    }

    static boolean tableExists(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(file));
             ResultSet r = c.getMetaData().getTables(null, null, table, null)) {
            return r.next();
        }
    }

    static long count(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(file)); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}

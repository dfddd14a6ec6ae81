package dev.migrations.core.database.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.dialect.MigrationPlanner;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where MySQL 8 differs from MariaDB, checked by the SQL this package writes and the values it reads (no MySQL
 * server runs here).
 */
class MySqlFlavorTest {

    private final MariaDbDialect mysql = new MariaDbDialect(MariaDbFlavor.MYSQL);
    private final MariaDbDialect mariadb = new MariaDbDialect(MariaDbFlavor.MARIADB);

    private static Schema model() {
        Table students = new Table(null, "students", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("token", ColumnType.of(TypeKind.UUID), false, null)), PrimaryKey.of("id"), List.of(),
                List.of(), List.of(), List.of(), null);
        return new Schema(List.of(students), List.of(new Sequence(null, "students_SEQ", 1, 50, null)), List.of());
    }

    @Test
    void mysqlEmulatesASequenceWithAOneRowTableAsHibernateDoes() {
        List<String> sql = new MigrationPlanner(mysql).plan(SchemaDiff.compare(model(), Schema.empty(), mysql,
                DiffOptions.defaults())).upgrade();
        assertEquals(List.of(
                "create table students (id bigint not null, token binary(16) not null, primary key (id))",
                "create table `students_SEQ` (next_val bigint)",
                "insert into `students_SEQ` (next_val) values (1)"), sql);
    }

    @Test
    void mariadbWritesANativeSequenceAndAUuid() {
        List<String> sql = new MigrationPlanner(mariadb).plan(SchemaDiff.compare(model(), Schema.empty(), mariadb,
                DiffOptions.defaults())).upgrade();
        assertEquals(List.of(
                "create sequence `students_SEQ` start with 1 increment by 50",
                "create table students (id bigint not null, token uuid not null, primary key (id))"), sql);
    }

    @Test
    void aNotNullUuidAddedOnMysqlFillsExistingRowsWithSixteenZeroBytes() {
        Schema start = new Schema(List.of(new Table(null, "students", null, List.of(Column.of("id",
                ColumnType.of(TypeKind.BIGINT), false, null)), PrimaryKey.of("id"), List.of(), List.of(), List.of(),
                List.of(), null)), List.of(), List.of());
        Schema goal = new Schema(List.of(model().tables().get(0)), List.of(), List.of());
        List<String> sql = new MigrationPlanner(mysql).plan(SchemaDiff.compare(goal, start, mysql,
                DiffOptions.defaults())).upgrade();
        assertEquals(List.of("alter table students add column token binary(16) not null default "
                + "0x00000000000000000000000000000000 after id",
                "alter table students alter column token drop default"), sql);
    }

    @Test
    void mysqlReportsLiteralDefaultsBareAndExpressionsMarked() {
        MariaDbReader reader = new MariaDbReader(MariaDbFlavor.MYSQL);
        assertEquals("'draft'", reader.defaultExpression("draft", "", "varchar"));
        assertEquals("'it''s'", reader.defaultExpression("it's", "", "varchar"));
        assertEquals("0", reader.defaultExpression("0", "", "int"));
        assertEquals("1", reader.defaultExpression("b'1'", "", "bit"));
        assertEquals("CURRENT_TIMESTAMP(6)", reader.defaultExpression("CURRENT_TIMESTAMP(6)", "DEFAULT_GENERATED",
                "datetime"));
        assertEquals("'2020-01-01'", reader.defaultExpression("2020-01-01", "", "date"));
    }

    @Test
    void mariadbReportsDefaultsAsExpressions() {
        MariaDbReader reader = new MariaDbReader(MariaDbFlavor.MARIADB);
        assertEquals("'draft'", reader.defaultExpression("'draft'", "", "varchar"));
        assertEquals("NULL", reader.defaultExpression("NULL", "", "varchar"));
        assertEquals("0", reader.defaultExpression("b'0'", "", "bit"));
    }

    @Test
    void flavoursAreToldApartByUrlAndProductName() {
        assertEquals(MariaDbFlavor.MYSQL, MariaDbFlavor.fromUrl("jdbc:mysql://db/app"));
        assertEquals(MariaDbFlavor.MARIADB, MariaDbFlavor.fromUrl("jdbc:mariadb://db/app"));
        assertEquals(MariaDbFlavor.MYSQL, MariaDbFlavor.fromProductName("MySQL"));
        assertEquals(MariaDbFlavor.MARIADB, MariaDbFlavor.fromProductName("MariaDB"));
        assertEquals("mysql", mysql.name());
    }

    @Test
    void lockNamesFollowTheDatabaseAndStayWithinSixtyFourCharacters() {
        assertEquals("migrations:app", MariaDbSessionLock.lockName("app"));
        String longName = MariaDbSessionLock.lockName("d".repeat(64));
        assertEquals(64, longName.length());
        assertTrue(longName.startsWith("migrations:"));
        assertTrue(!longName.equals(MariaDbSessionLock.lockName("d".repeat(63) + "e")));
    }

    @Test
    void theVersionTableIsQuotedAndItsOfflineRowsEscapeBackslashes() {
        MariaDbVersionTableSql sql = new MariaDbVersionTableSql("migrations_version", "other");
        assertEquals("`other`.`migrations_version`", sql.qualifiedName());
        assertTrue(sql.insertLiteral("a1", "C:\\path it's", "c", "me").contains("'C:\\\\path it''s'"));
        assertTrue(sql.existsQuery().contains("TABLE_SCHEMA = 'other'"));
    }
}

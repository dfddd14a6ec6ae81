package dev.migrations.core.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.database.generic.GenericDialect;
import dev.migrations.core.database.generic.ProductTraits;
import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.mariadb.MariaDbDialect;
import dev.migrations.core.database.postgresql.PostgresDialect;
import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameRenderingTest {

    private static Table customers() {
        return new Table(null, "customers", null, List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("mail", ColumnType.varchar(100), true, null)), PrimaryKey.of("id"), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    /** customers → clients, mail → email, and a column added in the same revision. */
    private static Table clients() {
        return new Table(null, "clients", null, List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("email", ColumnType.varchar(100), true, null).withRenamedFrom(List.of("mail")),
                Column.of("phone", ColumnType.varchar(20), true, null)), PrimaryKey.of("id"), List.of(), List.of(),
                List.of(), List.of(), null, List.of("customers"));
    }

    private static MigrationPlan plan(Dialect dialect) {
        SchemaDiff diff = SchemaDiff.compare(new Schema(List.of(clients()), List.of(), List.of()),
                new Schema(List.of(customers()), List.of(), List.of()), dialect, DiffOptions.defaults());
        return new MigrationPlanner(dialect).plan(diff);
    }

    @Test
    void theUpgradeRenamesFirstAndTheDowngradeRenamesBackLast() {
        MigrationPlan pg = plan(new PostgresDialect());
        assertEquals(List.of("alter table customers rename to clients",
                "alter table clients rename column mail to email",
                "alter table clients add column phone varchar(20)"), pg.upgrade());
        assertEquals(List.of("alter table clients drop column phone",
                "alter table clients rename column email to mail",
                "alter table clients rename to customers"), pg.downgrade());
    }

    @Test
    void eachDatabaseSpellsTheRenameItsWay() {
        assertEquals(List.of("alter table customers rename to clients",
                "alter table clients alter column mail rename to email"), plan(new H2Dialect()).upgrade().subList(0, 2));
        assertEquals(List.of("alter table customers rename to clients",
                "alter table clients rename column mail to email"), plan(new SqliteDialect()).upgrade().subList(0, 2));
        assertEquals(List.of("alter table customers rename to clients",
                "alter table clients rename column mail to email"), plan(new MariaDbDialect()).upgrade().subList(0, 2));
    }

    @Test
    void aRenameLosesNothingSoItCarriesNoDestructiveWarning() {
        List<PlanWarning> warnings = plan(new H2Dialect()).warnings();
        assertTrue(warnings.stream().noneMatch(w -> !w.downgrade() && w.kind().code().startsWith("DS")),
                warnings.toString());
    }

    @Test
    void theGenericDialectRefusesARenameItHasNoPortableSpellingFor() {
        AutogenerateException e = assertThrows(AutogenerateException.class,
                () -> plan(new GenericDialect(ProductTraits.of("HSQLDB"))));
        assertTrue(e.getMessage().contains("DIFF-004") && e.getMessage().contains("renamed table 'customers' to "
                + "'clients'"), e.getMessage());
    }
}

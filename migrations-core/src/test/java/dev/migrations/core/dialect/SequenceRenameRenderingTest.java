package dev.migrations.core.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.database.generic.GenericDialect;
import dev.migrations.core.database.generic.ProductTraits;
import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.mariadb.MariaDbDialect;
import dev.migrations.core.database.mariadb.MariaDbFlavor;
import dev.migrations.core.database.postgresql.PostgresDialect;
import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rename of a renamed table's implicit sequence, as each database spells it, first up and last down. */
class SequenceRenameRenderingTest {

    private static Table table(String name, List<String> renamedFrom) {
        return new Table(null, name, null, List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null)),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), null, renamedFrom);
    }

    /** customers + customers_SEQ (increment 1) → clients + clients_SEQ (increment 50), hinted. */
    private static MigrationPlan plan(Dialect dialect) {
        Schema model = new Schema(List.of(table("clients", List.of("customers"))),
                List.of(new Sequence(null, "clients_SEQ", 1, 50, null, List.of("customers_SEQ"))), List.of());
        Schema database = dialect.lower(new Schema(List.of(table("customers", List.of())),
                List.of(new Sequence(null, "customers_SEQ", 1, 1, null)), List.of())).schema();
        return new MigrationPlanner(dialect).plan(SchemaDiff.compare(model, database, dialect,
                DiffOptions.defaults()));
    }

    @Test
    void postgresqlRenamesTheSequenceThenAltersItAndRenamesItBackLast() {
        MigrationPlan pg = plan(new PostgresDialect());
        assertEquals(List.of("alter table customers rename to clients",
                "alter sequence customers_SEQ rename to clients_SEQ",
                "alter sequence clients_SEQ increment by 50"), pg.upgrade());
        assertEquals(List.of("alter sequence clients_SEQ increment by 1",
                "alter sequence clients_SEQ rename to customers_SEQ",
                "alter table clients rename to customers"), pg.downgrade());
    }

    @Test
    void h2CreatesTheSequenceAtTheValueTheOldOneHandsOutNextAndDropsTheOldOne() {
        MigrationPlan h2 = plan(new H2Dialect());
        assertEquals(List.of("alter table customers rename to clients",
                "create sequence clients_SEQ start with (select base_value from information_schema.sequences where "
                        + "sequence_schema = current_schema and sequence_name = 'CUSTOMERS_SEQ') increment by 1",
                "drop sequence customers_SEQ",
                "alter sequence clients_SEQ increment by 50"), h2.upgrade());
        assertEquals(List.of("alter sequence clients_SEQ increment by 1",
                "create sequence customers_SEQ start with (select base_value from information_schema.sequences where "
                        + "sequence_schema = current_schema and sequence_name = 'CLIENTS_SEQ') increment by 1",
                "drop sequence clients_SEQ",
                "alter table clients rename to customers"), h2.downgrade());
    }

    @Test
    void mariadbRenamesTheSequenceAsTheTableItIs() {
        MigrationPlan mariadb = plan(new MariaDbDialect(MariaDbFlavor.MARIADB));
        assertEquals(List.of("alter table customers rename to clients",
                "rename table `customers_SEQ` to `clients_SEQ`"), mariadb.upgrade().subList(0, 2));
        assertEquals(List.of("rename table `clients_SEQ` to `customers_SEQ`",
                "alter table clients rename to customers"), mariadb.downgrade().subList(
                mariadb.downgrade().size() - 2, mariadb.downgrade().size()));
    }

    @Test
    void whereSequencesAreOneRowTablesTheTableIsRenamedWithItsRow() {
        MigrationPlan sqlite = plan(new SqliteDialect());
        assertEquals(List.of("alter table customers rename to clients",
                "alter table customers_SEQ rename to clients_SEQ"), sqlite.upgrade());
        assertEquals(List.of("alter table clients_SEQ rename to customers_SEQ",
                "alter table clients rename to customers"), sqlite.downgrade());
        MigrationPlan mysql = plan(new MariaDbDialect(MariaDbFlavor.MYSQL));
        assertEquals(List.of("alter table customers rename to clients",
                "alter table `customers_SEQ` rename to `clients_SEQ`"), mysql.upgrade());
        assertEquals(List.of("alter table `clients_SEQ` rename to `customers_SEQ`",
                "alter table clients rename to customers"), mysql.downgrade());
    }

    @Test
    void aRenamedSequenceCarriesNoRestartWarning() {
        for (Dialect dialect : List.of(new PostgresDialect(), new H2Dialect(), new MariaDbDialect(),
                new SqliteDialect())) {
            List<PlanWarning> warnings = plan(dialect).warnings();
            assertTrue(warnings.stream().noneMatch(w -> w.kind() == PlanWarning.Kind.DROP_SEQUENCE
                    || w.kind() == PlanWarning.Kind.DROP_TABLE), dialect.name() + ": " + warnings);
        }
    }

    @Test
    void theGenericDialectRefusesTheSequenceRename() {
        Schema model = new Schema(List.of(), List.of(new Sequence(null, "clients_SEQ", 1, 50, null,
                List.of("customers_SEQ"))), List.of());
        Schema database = new Schema(List.of(), List.of(new Sequence(null, "customers_SEQ", 1, 50, null)), List.of());
        GenericDialect generic = new GenericDialect(ProductTraits.of("HSQLDB"));
        AutogenerateException e = assertThrows(AutogenerateException.class, () -> new MigrationPlanner(generic)
                .plan(SchemaDiff.compare(model, database, generic, DiffOptions.defaults())));
        assertTrue(e.getMessage().contains("DIFF-004") && e.getMessage().contains("renamed sequence "
                + "'customers_SEQ' to 'clients_SEQ'"), e.getMessage());
    }
}

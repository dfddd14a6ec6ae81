package dev.migrations.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.postgresql.PostgresDialect;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameDiffTest {

    private final Dialect h2 = new H2Dialect();

    private static Column col(String name, ColumnType type) {
        return Column.of(name, type, true, null);
    }

    private static Column id(String name) {
        return Column.of(name, ColumnType.of(TypeKind.BIGINT), false, null);
    }

    /** customers(id, mail unique, level checked, index on mail) and orders(customer_id → customers.id). */
    private static Schema database() {
        Table customers = new Table(null, "customers", null,
                List.of(id("id"), col("mail", ColumnType.varchar(100)), col("level", ColumnType.of(TypeKind.INTEGER))),
                PrimaryKey.of("id"), List.of(new UniqueConstraint("customers_mail_key", List.of("mail"), null)),
                List.of(new Index("ix_customers_mail", List.of(IndexColumn.asc("mail"), IndexColumn.asc("level")),
                        false, null)),
                List.of(), List.of(new CheckConstraint("ck_level", new CheckCondition.Expression(
                        "\"MAIL\" <> 'mail' and level between 0 and 9"), null)), null);
        return new Schema(List.of(customers, orders("customers", "id")), List.of(), List.of());
    }

    private static Table orders(String target, String targetColumn) {
        return new Table(null, "orders", null, List.of(id("id"), col("customer_id", ColumnType.of(TypeKind.BIGINT))),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(new ForeignKey(null, List.of("customer_id"), null,
                target, List.of(targetColumn), null, null, null)), List.of(), null);
    }

    /** The same tables as the model wants them: customers → clients, mail → email, id → client_id. */
    private static Schema model(List<String> tableWas, List<String> mailWas) {
        Table clients = new Table(null, "clients", null,
                List.of(id("client_id").withRenamedFrom(List.of("id")),
                        col("email", ColumnType.varchar(100)).withRenamedFrom(mailWas),
                        col("level", ColumnType.of(TypeKind.INTEGER))),
                PrimaryKey.of("client_id"), List.of(new UniqueConstraint(null, List.of("email"), null)),
                List.of(new Index("IDX_something_else", List.of(IndexColumn.asc("email"), IndexColumn.asc("level")),
                        false, null)),
                List.of(), List.of(new CheckConstraint(null, new CheckCondition.Expression(
                        "email <> 'mail' and level between 0 and 9"), null)), null, tableWas);
        return new Schema(List.of(clients, orders("clients", "client_id")), List.of(), List.of());
    }

    private List<String> descriptions(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes().stream()
                .map(Change::description).toList();
    }

    @Test
    void aHintedTableAndColumnsAreRenamedInsteadOfDroppedAndAddedAndTheirConstraintsFollow() {
        assertEquals(List.of("renamed table 'customers' to 'clients'",
                        "renamed column 'clients.id' to 'client_id'",
                        "renamed column 'clients.mail' to 'email'"),
                descriptions(model(List.of("customers"), List.of("mail")), database(), h2));
    }

    @Test
    void namesCompareAsTheDatabaseFoldsThem() {
        Schema upper = model(List.of("CUSTOMERS"), List.of("MAIL"));
        assertEquals(List.of("renamed table 'customers' to 'clients'", "renamed column 'clients.id' to 'client_id'",
                "renamed column 'clients.mail' to 'email'"), descriptions(upper, database(), new PostgresDialect()));
    }

    @Test
    void aRenameAlreadyAppliedIsIgnored() {
        Schema model = model(List.of("customers"), List.of("mail"));
        Schema applied = new Schema(model.tables(), List.of(), List.of());
        assertTrue(SchemaDiff.compare(model, applied, h2, DiffOptions.defaults()).isEmpty());
    }

    @Test
    void withNoneOfTheNamesInTheDatabaseTheTableIsAdded() {
        Schema model = model(List.of("patrons"), List.of("mail"));
        List<String> changes = descriptions(model, database(), h2);
        assertTrue(changes.contains("added table 'clients'"), changes.toString());
        assertTrue(changes.contains("removed table 'customers'"), changes.toString());
        assertTrue(changes.stream().noneMatch(c -> c.startsWith("renamed")), changes.toString());
    }

    @Test
    void aColumnHintWithoutItsEarlierNameInTheDatabaseAddsTheColumn() {
        List<String> changes = descriptions(model(List.of("customers"), List.of("e_mail")), database(), h2);
        assertTrue(changes.contains("added column 'clients.email'"), changes.toString());
        assertTrue(changes.contains("removed column 'clients.mail'"), changes.toString());
    }

    @Test
    void anEarlierNameTheModelStillUsesIsNotRenamed() {
        Table customers = new Table(null, "customers", null, List.of(id("id")), PrimaryKey.of("id"), List.of(),
                List.of(), List.of(), List.of(), null);
        Schema model = new Schema(List.of(model(List.of("customers"), List.of("mail")).tables().get(0), customers,
                orders("clients", "client_id")), List.of(), List.of());
        List<String> changes = descriptions(model, database(), h2);
        assertTrue(changes.contains("added table 'clients'"), changes.toString());
        assertTrue(changes.stream().noneMatch(c -> c.startsWith("renamed table")), changes.toString());
    }

    @Test
    void twoEarlierNamesBothInTheDatabaseAreAmbiguousAndNothingIsRenamed() {
        Table other = new Table(null, "patrons", null, List.of(id("id")), PrimaryKey.of("id"), List.of(), List.of(),
                List.of(), List.of(), null);
        Schema database = new Schema(List.of(database().tables().get(0), database().tables().get(1), other),
                List.of(), List.of());
        List<String> changes = descriptions(model(List.of("customers", "patrons"), List.of("mail")), database, h2);
        assertTrue(changes.stream().noneMatch(c -> c.startsWith("renamed table")), changes.toString());
    }

    @Test
    void aChainOfEarlierNamesRenamesFromTheOneTheDatabaseHas() {
        assertEquals("renamed table 'customers' to 'clients'",
                descriptions(model(List.of("patrons", "customers"), List.of("mail")), database(), h2).get(0));
    }

    @Test
    void aRenamedAndRetypedColumnIsARenameFollowedByATypeChange() {
        Schema model = model(List.of("customers"), List.of("mail"));
        Table clients = model.tables().get(0);
        Table wider = new Table(null, "clients", null, List.of(clients.columns().get(0),
                clients.columns().get(1).withType(ColumnType.varchar(200)), clients.columns().get(2)),
                clients.primaryKey(), clients.uniqueConstraints(), clients.indexes(), List.of(), clients.checks(),
                null, clients.renamedFrom());
        List<String> changes = descriptions(new Schema(List.of(wider, model.tables().get(1)), List.of(), List.of()),
                database(), h2);
        assertEquals(List.of("renamed table 'customers' to 'clients'", "renamed column 'clients.id' to 'client_id'",
                "renamed column 'clients.mail' to 'email'",
                "type changed of column 'clients.email' from varchar(100) to varchar(200)"), changes);
    }

    @Test
    void theReversedDiffRenamesBackLastInTheOppositeOrder() {
        SchemaDiff diff = SchemaDiff.compare(model(List.of("customers"), List.of("mail")), database(), h2,
                DiffOptions.defaults());
        assertEquals(List.of("renamed column 'clients.email' to 'mail'", "renamed column 'clients.client_id' to 'id'",
                "renamed table 'clients' to 'customers'"),
                diff.reversed().changes().stream().map(Change::description).toList());
        assertEquals(new Change.RenameColumn(new TableRef(null, "clients"), "mail", "email"),
                diff.changes().get(2).reverse().reverse());
    }

    @Test
    void theDatabaseSideOfTheDiffIsTheDatabaseAfterTheRenames() {
        SchemaDiff diff = SchemaDiff.compare(model(List.of("customers"), List.of("mail")), database(), h2,
                DiffOptions.defaults());
        Table clients = diff.databaseTable(new TableRef(null, "clients")).orElseThrow();
        assertEquals(List.of("client_id", "email", "level"), clients.columns().stream().map(Column::name).toList());
        assertEquals("customers_mail_key", clients.uniqueConstraints().get(0).name());
        assertEquals(List.of("email"), clients.uniqueConstraints().get(0).columns());
        assertEquals("\"email\" <> 'mail' and level between 0 and 9",
                ((CheckCondition.Expression) clients.checks().get(0).condition()).sql());
        ForeignKey fk = diff.databaseTable(new TableRef(null, "orders")).orElseThrow().foreignKeys().get(0);
        assertEquals("clients", fk.referencedTable());
        assertEquals(List.of("client_id"), fk.referencedColumns());
    }
}

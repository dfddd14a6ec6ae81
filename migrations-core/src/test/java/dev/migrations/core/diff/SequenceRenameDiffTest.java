package dev.migrations.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.postgresql.PostgresDialect;
import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The implicit sequence of a renamed table ({@code customers_SEQ} → {@code clients_SEQ}, hinted by the model) is
 * renamed by the rules tables follow, so it keeps its value instead of starting again at 1.
 */
class SequenceRenameDiffTest {

    private final Dialect h2 = new H2Dialect();

    private static Table table(String name, List<String> renamedFrom) {
        return new Table(null, name, null, List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null)),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), null, renamedFrom);
    }

    private static Sequence sequence(String name, int increment, String... renamedFrom) {
        return new Sequence(null, name, 1, increment, null, List.of(renamedFrom));
    }

    /** clients (was customers) with clients_SEQ (was customers_SEQ), and any other sequences. */
    private static Schema model(Sequence... more) {
        List<Sequence> sequences = new ArrayList<>(List.of(sequence("clients_SEQ", 50, "customers_SEQ")));
        sequences.addAll(List.of(more));
        return new Schema(List.of(table("clients", List.of("customers"))), sequences, List.of());
    }

    private static Schema database(Sequence... sequences) {
        return new Schema(List.of(table("customers", List.of())), List.of(sequences), List.of());
    }

    private static List<String> descriptions(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes().stream()
                .map(Change::description).toList();
    }

    @Test
    void theSequenceOfARenamedTableIsRenamedNotDroppedAndAdded() {
        assertEquals(List.of("renamed table 'customers' to 'clients'",
                        "renamed sequence 'customers_SEQ' to 'clients_SEQ'"),
                descriptions(model(), database(sequence("customers_SEQ", 50)), new PostgresDialect()));
    }

    @Test
    void theRenameIsTypedAndReversesBack() {
        SchemaDiff diff = SchemaDiff.compare(model(), database(sequence("customers_SEQ", 50)), h2,
                DiffOptions.defaults());
        Sequence old = sequence("customers_SEQ", 50);
        Change rename = new Change.RenameSequence(old, new Sequence(null, "clients_SEQ", 1, 50, null));
        assertEquals(rename, diff.changes().get(1));
        assertEquals(new Change.RenameSequence(rename instanceof Change.RenameSequence r ? r.to() : null, old),
                rename.reverse());
        assertEquals(List.of("renamed sequence 'clients_SEQ' to 'customers_SEQ'", "renamed table 'clients' to "
                + "'customers'"), diff.reversed().changes().stream().map(Change::description).toList());
        assertEquals(List.of("clients_SEQ"), diff.database().sequences().stream().map(Sequence::name).toList());
    }

    @Test
    void namesCompareAsTheDatabaseFoldsThem() {
        assertEquals(List.of("renamed table 'CUSTOMERS' to 'clients'",
                        "renamed sequence 'CUSTOMERS_SEQ' to 'clients_SEQ'"),
                descriptions(model(), new Schema(List.of(table("CUSTOMERS", List.of())),
                        List.of(sequence("CUSTOMERS_SEQ", 50)), List.of()), h2));
    }

    @Test
    void aSequenceWhoseIncrementAlsoDiffersIsRenamedThenAltered() {
        assertEquals(List.of("renamed table 'customers' to 'clients'",
                        "renamed sequence 'customers_SEQ' to 'clients_SEQ'",
                        "increment changed of sequence 'clients_SEQ' from 1 to 50"),
                descriptions(model(), database(sequence("customers_SEQ", 1)), h2));
    }

    @Test
    void aRenameAlreadyAppliedIsIgnored() {
        assertEquals(List.of(), descriptions(model(), new Schema(List.of(table("clients", List.of())),
                List.of(sequence("clients_SEQ", 50)), List.of()), h2));
    }

    @Test
    void withNoneOfTheNamesInTheDatabaseTheSequenceIsAdded() {
        assertEquals(List.of("renamed table 'customers' to 'clients'", "added sequence 'clients_SEQ'"),
                descriptions(model(), database(), h2));
    }

    @Test
    void anEarlierNameTheModelStillUsesIsNotRenamed() {
        assertEquals(List.of("renamed table 'customers' to 'clients'", "added sequence 'clients_SEQ'"),
                descriptions(model(sequence("customers_SEQ", 50)), database(sequence("customers_SEQ", 50)), h2));
    }

    @Test
    void twoEarlierNamesBothInTheDatabaseAreAmbiguousAndNothingIsRenamed() {
        Schema model = new Schema(List.of(table("clients", List.of("customers"))),
                List.of(sequence("clients_SEQ", 50, "customers_SEQ", "buyers_SEQ")), List.of());
        assertEquals(List.of("renamed table 'customers' to 'clients'", "removed sequence 'buyers_SEQ'",
                        "added sequence 'clients_SEQ'", "removed sequence 'customers_SEQ'"),
                descriptions(model, database(sequence("customers_SEQ", 50), sequence("buyers_SEQ", 50)), h2));
    }

    @Test
    void aChainOfEarlierNamesRenamesFromTheOneTheDatabaseHas() {
        Schema model = new Schema(List.of(table("clients", List.of("customers"))),
                List.of(sequence("clients_SEQ", 50, "customers_SEQ", "buyers_SEQ")), List.of());
        assertEquals(List.of("renamed table 'customers' to 'clients'",
                        "renamed sequence 'buyers_SEQ' to 'clients_SEQ'"),
                descriptions(model, database(sequence("buyers_SEQ", 50)), h2));
    }

    @Test
    void whereSequencesAreTablesTheSequenceTableIsRenamedAsATable() {
        Table customersSeq = new Table(null, "customers_SEQ", null,
                List.of(Column.of("next_val", ColumnType.of(TypeKind.BIGINT), true, null)), null, List.of(),
                List.of(), List.of(), List.of(), null);
        assertEquals(List.of("renamed table 'customers' to 'clients'",
                        "renamed table 'customers_SEQ' to 'clients_SEQ'"),
                descriptions(model(), new Schema(List.of(table("customers", List.of()), customersSeq), List.of(),
                        List.of()), new SqliteDialect()));
    }
}

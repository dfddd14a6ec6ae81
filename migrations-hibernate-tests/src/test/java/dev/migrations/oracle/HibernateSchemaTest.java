package dev.migrations.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.GeneratorTable;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The converter reads Hibernate's schema faithfully; checked on facts of the shop domain. */
class HibernateSchemaTest {

    @TempDir
    static Path classes;

    static CompiledDomain shop;

    @BeforeAll
    static void compileWithoutProcessor() throws IOException {
        shop = DomainCompiler.compile(HibernateOracleTest.SHOP, List.of(), classes, List.of());
    }

    private static final java.util.Map<String, Schema> SCHEMAS = new java.util.HashMap<>();

    /** Hibernate's schema of the shop, built once per dialect and naming. */
    private static synchronized Schema hibernate(OracleDialect dialect, Naming naming) {
        return SCHEMAS.computeIfAbsent(dialect + "/" + naming, k -> HibernateSchema.of(shop, dialect, naming));
    }

    private static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in "
                + schema.tables().stream().map(Table::name).toList()));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in "
                + table.name()));
    }

    @Test
    void compilingTheShopFindsItsThirtyFourEntities() {
        assertEquals(34, shop.entityClasses().size());
    }

    @Test
    void h2NativeEnumReadsAsVarcharWithTheAllowedValues() {
        Table customers = table(hibernate(OracleDialect.H2, Naming.JPA), "customers");
        assertEquals(ColumnType.varchar(20), column(customers, "loyaltyTier").type());
        assertTrue(customers.checks().stream().anyMatch(c -> c.condition().equals(
                new CheckCondition.InValues("loyaltyTier", List.of("BRONZE", "GOLD", "PLATINUM", "SILVER")))));
    }

    @Test
    void postgresqlSmallintOfAnOrdinalEnumReadsAsTinyintWithItsRange() {
        Table product = table(hibernate(OracleDialect.POSTGRESQL, Naming.JPA), "Product");
        assertEquals(ColumnType.of(TypeKind.TINYINT), column(product, "status").type());
        assertTrue(product.checks().stream().anyMatch(c -> c.condition().equals(
                new CheckCondition.Range("status", 0L, 2L))));
    }

    @Test
    void postgresqlOidReadsAsClobOrBlobByTheJavaType() {
        Table product = table(hibernate(OracleDialect.POSTGRESQL, Naming.JPA), "Product");
        assertEquals(TypeKind.CLOB, column(product, "description").type().kind());
        assertEquals(TypeKind.BLOB, column(product, "image").type().kind());
        assertEquals(new ColumnType(TypeKind.VARBINARY, 255, null, null), column(product, "thumbnail").type());
    }

    @Test
    void columnDefinitionIsKeptVerbatimEvenOnTablePerClassCopies() {
        Schema schema = hibernate(OracleDialect.H2, Naming.JPA);
        assertEquals("char(2)", column(table(schema, "customers"), "countryCode").columnDefinition());
        assertEquals(null, column(table(schema, "customers"), "billing_country").columnDefinition());
        Column smsId = column(table(schema, "SmsNotification"), "id");
        assertEquals(null, smsId.columnDefinition());
        assertEquals(ColumnType.of(TypeKind.BIGINT), smsId.type());
    }

    @Test
    void beanValidationConstraintsReachTheSchema() {
        Schema schema = hibernate(OracleDialect.H2, Naming.JPA);
        Column firstName = column(table(schema, "customers"), "firstName");
        assertEquals(ColumnType.varchar(80), firstName.type());
        assertFalse(firstName.nullable());
        assertEquals(ColumnType.decimal(14, 2), column(table(schema, "orders"), "total").type());
        assertTrue(SchemaComparison.checkMeanings(table(schema, "Product").checks()).contains("reorderLevel in [0..10000]"));
    }

    @Test
    void springNamingNamesJoinTablesAfterTheOwningAttribute() {
        Schema jpa = hibernate(OracleDialect.H2, Naming.JPA);
        Schema spring = hibernate(OracleDialect.H2, Naming.SNAKE_CASE);
        assertTrue(jpa.table("Wishlist_Product").isPresent());
        assertTrue(spring.table("wishlist_products").isPresent());
        assertTrue(spring.table("suppliers_supplied_products").isPresent());
        assertTrue(column(table(spring, "customers"), "marketing_opt_in") != null);
    }

    @Test
    void sequencesAndGeneratorTablesAreRead() {
        Schema schema = hibernate(OracleDialect.POSTGRESQL, Naming.JPA);
        assertTrue(schema.sequences().contains(new Sequence(null, "product_sequence", 100, 20, null)));
        assertTrue(schema.sequences().contains(new Sequence(null, "Category_SEQ", 1, 50, null)));
        assertEquals(List.of(
                new GeneratorTable(null, "hibernate_sequences", "sequence_name", 255, "next_val",
                        List.of(new GeneratorTable.Segment("default", 0)), null),
                new GeneratorTable(null, "id_generators", "gen_name", 255, "gen_value",
                        List.of(new GeneratorTable.Segment("orders", 0)), null)), schema.generatorTables());
    }

    @Test
    void hibernatesDdlKeepsAnExplicitNotNullOnASingleTableSubclassColumn() {
        String payment = HibernateSchema.createTableStatements(shop, OracleDialect.POSTGRESQL, Naming.SNAKE_CASE)
                .stream().filter(s -> s.startsWith("create table payment ")).findFirst().orElseThrow();
        assertTrue(payment.contains("card_last4 varchar(4) not null"), payment);
        assertTrue(payment.contains("expiry_month smallint,"), payment);
        assertTrue(payment.contains("check (payment_type <> 'CARD' or (expiry_month is not null and "
                + "expiry_year is not null))"), payment);
        assertFalse(column(table(hibernate(OracleDialect.POSTGRESQL, Naming.SNAKE_CASE), "payment"), "card_last4")
                .nullable());
    }

    @Test
    void theHibernateSchemaAgreesWithItself() {
        Schema schema = hibernate(OracleDialect.POSTGRESQL, Naming.SNAKE_CASE);
        assertEquals(List.of(), SchemaComparison.compare(schema, schema));
    }
}

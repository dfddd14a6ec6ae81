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

    private static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in "
                + schema.tables().stream().map(Table::name).toList()));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in "
                + table.name()));
    }

    @Test
    void compilingTheShopFindsItsThirtyEntities() {
        assertEquals(30, shop.entityClasses().size());
    }

    @Test
    void h2NativeEnumReadsAsVarcharWithTheAllowedValues() {
        Table customers = table(HibernateSchema.of(shop, OracleDialect.H2, Naming.JPA), "customers");
        assertEquals(ColumnType.varchar(20), column(customers, "loyaltyTier").type());
        assertTrue(customers.checks().stream().anyMatch(c -> c.condition().equals(
                new CheckCondition.InValues("loyaltyTier", List.of("BRONZE", "GOLD", "PLATINUM", "SILVER")))));
    }

    @Test
    void postgresqlSmallintOfAnOrdinalEnumReadsAsTinyintWithItsRange() {
        Table product = table(HibernateSchema.of(shop, OracleDialect.POSTGRESQL, Naming.JPA), "Product");
        assertEquals(ColumnType.of(TypeKind.TINYINT), column(product, "status").type());
        assertTrue(product.checks().stream().anyMatch(c -> c.condition().equals(
                new CheckCondition.Range("status", 0L, 2L))));
    }

    @Test
    void postgresqlOidReadsAsClobOrBlobByTheJavaType() {
        Table product = table(HibernateSchema.of(shop, OracleDialect.POSTGRESQL, Naming.JPA), "Product");
        assertEquals(TypeKind.CLOB, column(product, "description").type().kind());
        assertEquals(TypeKind.BLOB, column(product, "image").type().kind());
        assertEquals(new ColumnType(TypeKind.VARBINARY, 255, null, null), column(product, "thumbnail").type());
    }

    @Test
    void columnDefinitionIsKeptVerbatimEvenOnTablePerClassCopies() {
        Schema schema = HibernateSchema.of(shop, OracleDialect.H2, Naming.JPA);
        assertEquals("char(2)", column(table(schema, "customers"), "countryCode").columnDefinition());
        assertEquals(null, column(table(schema, "customers"), "billing_country").columnDefinition());
        Column smsId = column(table(schema, "SmsNotification"), "id");
        assertEquals(null, smsId.columnDefinition());
        assertEquals(ColumnType.of(TypeKind.BIGINT), smsId.type());
    }

    @Test
    void beanValidationConstraintsReachTheSchema() {
        Schema schema = HibernateSchema.of(shop, OracleDialect.H2, Naming.JPA);
        Column firstName = column(table(schema, "customers"), "firstName");
        assertEquals(ColumnType.varchar(80), firstName.type());
        assertFalse(firstName.nullable());
        assertEquals(ColumnType.decimal(14, 2), column(table(schema, "orders"), "total").type());
        assertTrue(SchemaComparison.checkMeanings(table(schema, "Product").checks()).contains("reorderLevel in [0..10000]"));
    }

    @Test
    void springNamingNamesJoinTablesAfterTheOwningAttribute() {
        Schema jpa = HibernateSchema.of(shop, OracleDialect.H2, Naming.JPA);
        Schema spring = HibernateSchema.of(shop, OracleDialect.H2, Naming.SNAKE_CASE);
        assertTrue(jpa.table("Wishlist_Product").isPresent());
        assertTrue(spring.table("wishlist_products").isPresent());
        assertTrue(spring.table("suppliers_supplied_products").isPresent());
        assertTrue(column(table(spring, "customers"), "marketing_opt_in") != null);
    }

    @Test
    void sequencesAndGeneratorTablesAreRead() {
        Schema schema = HibernateSchema.of(shop, OracleDialect.POSTGRESQL, Naming.JPA);
        assertTrue(schema.sequences().contains(new Sequence(null, "product_sequence", 100, 20, null)));
        assertTrue(schema.sequences().contains(new Sequence(null, "Category_SEQ", 1, 50, null)));
        assertEquals(List.of(new GeneratorTable(null, "id_generators", "gen_name", 255, "gen_value",
                List.of(new GeneratorTable.Segment("orders", 0)), null)), schema.generatorTables());
    }

    @Test
    void theHibernateSchemaAgreesWithItself() {
        Schema schema = HibernateSchema.of(shop, OracleDialect.POSTGRESQL, Naming.SNAKE_CASE);
        assertEquals(List.of(), SchemaComparison.compare(schema, schema));
    }
}

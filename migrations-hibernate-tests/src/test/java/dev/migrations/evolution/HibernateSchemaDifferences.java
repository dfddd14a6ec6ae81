package dev.migrations.evolution;

import dev.migrations.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The changes {@code check} reports between an H2 database Hibernate ORM created itself and the model of the same
 * entities, each with its reason (the same list is in {@code docs/autogenerate-verification.md}). An entry names
 * one table and matches change lines by pattern; it applies while its table is in the model. The test fails when a
 * change matches no entry and when an applicable entry matches nothing, so the list can neither excuse anything
 * else nor go stale. Entries marked as product defects have a disabled test of their own that expects no change
 * ({@code …BugTest}); they leave this list when fixed.
 *
 * <pre>{@code
 * List<String> unexplained = HibernateSchemaDifferences.unexplained(model, check.changes());
 * List<String> stale = HibernateSchemaDifferences.unmatched(model, check.changes());
 * }</pre>
 */
final class HibernateSchemaDifferences {

    /** One documented difference on one table. */
    record Entry(String table, Pattern change, boolean defect, String reason) {

        boolean appliesTo(Schema model) {
            return model.tables().stream().anyMatch(t -> t.name().equalsIgnoreCase(table));
        }

        boolean matches(String line) {
            return change.matcher(line).matches();
        }
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("orders", quoted("removed check giftwrapped in ('N','Y') on 'orders'"), false,
                    "Hibernate derives the values of a @Convert(YesNoConverter) Boolean by running the converter; "
                            + "the processor never runs user code"),
            new Entry("Asset", quoted("removed check kind in ( 2 , 1 ) on 'Asset'"), true,
                    "integer discriminator: Hibernate checks numbers, the model holds the values as strings"),
            new Entry("Asset", quoted("added check kind in ('1','2') on 'Asset'"), true,
                    "integer discriminator: Hibernate checks numbers, the model holds the values as strings"),
            new Entry("customers", quoted("type changed of column 'customers.loyaltyTier' from varchar(255) to "
                    + "varchar(20)"), true,
                    "H2 native enum(...) for a STRING enum with @Column(length = 20) reads back as varchar(255)"),
            new Entry("customer_interests", quoted("type changed of column 'customer_interests.interest' from "
                    + "varchar(255) to varchar(20)"), true,
                    "H2 native enum(...) for a STRING enum with @Column(length = 20) reads back as varchar(255)"),
            primaryKeyOrder("Product_imageUrls", "IMAGEURLS_ORDER, PRODUCT_ID", "Product_id, imageUrls_ORDER"),
            primaryKeyOrder("Customer_nicknames", "NICKNAMES_ORDER, CUSTOMER_ID", "Customer_id, nicknames_ORDER"),
            primaryKeyOrder("StockLevel", "WAREHOUSECODE, PRODUCTSKU", "productSku, warehouseCode"),
            primaryKeyOrder("supplier_warehouses", "POSITION, SUPPLIER_ID", "supplier_id, position"),
            primaryKeyOrder("suppliers_Product", "SUPPLIEDPRODUCTS_ID, SUPPLIERS_ID",
                    "suppliers_id, suppliedProducts_id"));

    private HibernateSchemaDifferences() {
    }

    /** The change lines no applicable entry explains. */
    static List<String> unexplained(Schema model, List<String> changes) {
        List<Entry> applicable = ENTRIES.stream().filter(e -> e.appliesTo(model)).toList();
        List<String> left = new ArrayList<>();
        for (String change : changes) {
            if (applicable.stream().noneMatch(e -> e.matches(change))) {
                left.add(change);
            }
        }
        return left;
    }

    /** The applicable entries that match no change line: fixed, or the fixture changed. */
    static List<String> unmatched(Schema model, List<String> changes) {
        return ENTRIES.stream().filter(e -> e.appliesTo(model))
                .filter(e -> changes.stream().noneMatch(e::matches))
                .map(e -> e.table() + ": " + e.change().pattern() + " (" + e.reason() + ")")
                .toList();
    }

    /**
     * Hibernate's schema export orders a composite key's columns by its column-ordering strategy (fixed-size types
     * first, by size, then by name), not in the order of its boot model, which is the order the processor writes.
     */
    private static Entry primaryKeyOrder(String table, String hibernateOrder, String modelOrder) {
        String reason = "Hibernate creates the primary key as (" + hibernateOrder.toLowerCase(Locale.ROOT)
                + "); the model has (" + modelOrder + ")";
        return new Entry(table, Pattern.compile("(removed primary key \\[" + Pattern.quote(hibernateOrder)
                + "\\]|added primary key \\[" + Pattern.quote(modelOrder) + "\\]) on '" + Pattern.quote(table) + "'"),
                true, reason);
    }

    private static Pattern quoted(String line) {
        return Pattern.compile(Pattern.quote(line));
    }
}

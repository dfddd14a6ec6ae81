package dev.migrations.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What autogenerate must detect at each step of the evolution fixture: every change made to the entities between
 * two versions, and nothing else. Lines compare without regard to case, since H2 reports the names of objects it
 * holds in upper case. Sequences differ by database: H2 has them; on SQLite each is the one-row table Hibernate
 * uses there, whose increment lives in the entity alone (so a changed {@code allocationSize} changes nothing on
 * SQLite).
 *
 * <pre>{@code
 * List<String> expected = EvolutionSteps.expectedChanges(3, TestDatabase.Kind.H2);
 * }</pre>
 */
final class EvolutionSteps {

    private EvolutionSteps() {
    }

    /** The lower-cased, sorted change lines the revision from {@code version - 1} to {@code version} holds. */
    static List<String> expectedChanges(int version, TestDatabase.Kind kind) {
        List<String> lines = new ArrayList<>(switch (version) {
            case 2 -> List.of(
                    "removed check orderstatus in ('CANCELLED','DELIVERED','NEW','PAID','SHIPPED') on 'audit_events'",
                    "added check orderstatus in ('CANCELLED','DELIVERED','NEW','PAID','RETURNED','SHIPPED') "
                            + "on 'audit_events'",
                    "added column 'customers.phone'",
                    "removed check status in ('CANCELLED','DELIVERED','NEW','PAID','SHIPPED') on 'orders'",
                    "added check status in ('CANCELLED','DELIVERED','NEW','PAID','RETURNED','SHIPPED') on 'orders'",
                    "removed column 'Product.thumbnail'",
                    "type changed of column 'Product.price' from decimal(10,2) to decimal(12,3)",
                    "removed check status between 0 and 2 on 'Product'",
                    "added check status between 0 and 3 on 'Product'",
                    "added table 'Promotion'",
                    "type changed of column 'Reading.amount' from integer to bigint",
                    "type changed of column 'Reading.label' from varchar(20) to varchar(60)",
                    "not null set on column 'Tag.label'");
            case 3 -> List.of(
                    "removed check tier between 0 and 3 on 'audit_events'",
                    "added check tier between 0 and 2 on 'audit_events'",
                    "removed check interest in ('BOOKS','ELECTRONICS','GARDEN','TOYS') on 'customer_interests'",
                    "added check interest in ('BOOKS','ELECTRONICS','GARDEN') on 'customer_interests'",
                    "removed check loyaltytier in ('BRONZE','GOLD','PLATINUM','SILVER') on 'customers'",
                    "added check loyaltytier in ('BRONZE','GOLD','SILVER') on 'customers'",
                    "removed foreign key [product_id] -> Product[id] on 'OrderLine'",
                    "type changed of column 'Product.status' from " + (kind == TestDatabase.Kind.POSTGRESQL
                            ? "smallint" : "tinyint") + " to varchar(255)",
                    "added index 'idx_product_name' (name) on 'Product'",
                    "removed check status between 0 and 3 on 'Product'",
                    "added check status in ('ACTIVE','ARCHIVED','DISCONTINUED','DRAFT') on 'Product'",
                    "added unique constraint [product_id, startsOn] on 'Promotion'",
                    "added column 'Reading.note'",
                    "added index 'idx_reading_label' (label) on 'Reading'",
                    "added foreign key [product_id] -> Product[id] on 'Review'",
                    "removed table 'Wishlist'",
                    "removed table 'Wishlist_Product'");
            case 4 -> List.of(
                    "type changed of column 'customers.email' from varchar(200) to varchar(150)",
                    "removed unique constraint [lastName, firstName, birthDate] on 'customers'",
                    "removed index 'idx_customer_name' (lastName, firstName desc) on 'customers'",
                    "type changed of column 'orders.status' from varchar(255) to tinyint",
                    "removed check status in ('CANCELLED','DELIVERED','NEW','PAID','RETURNED','SHIPPED') on 'orders'",
                    "added check status between 0 and 5 on 'orders'",
                    "null allowed in column 'Product.name'",
                    "type changed of column 'Reading.label' from varchar(60) to varchar(40)",
                    "added table 'ReadingArchive'");
            case 5 -> List.of(
                    "added table 'customer_favourite_tags'",
                    "added table 'Customer_nicknames'",
                    "added column 'customers.externalId'",
                    "added column 'customers.preferredCallTime'",
                    "removed table 'Promotion'",
                    "removed column 'Reading.note'",
                    "not null set on column 'Reading.label'");
            default -> throw new IllegalArgumentException("no step to v" + version);
        });
        switch (version) {
            case 2 -> lines.add(sequence(kind, "added", "Promotion_SEQ"));
            case 3 -> lines.add(sequence(kind, "removed", "Wishlist_SEQ"));
            case 5 -> {
                lines.add(sequence(kind, "removed", "Promotion_SEQ"));
                if (kind.nativeSequences()) {
                    lines.add("increment changed of sequence 'product_sequence' from 20 to 10");
                }
            }
            default -> {
            }
        }
        return normalized(lines);
    }

    static List<String> normalized(List<String> changes) {
        return changes.stream().map(c -> c.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    private static String sequence(TestDatabase.Kind kind, String how, String name) {
        return how + (kind.nativeSequences() ? " sequence '" : " table '") + name + "'";
    }
}

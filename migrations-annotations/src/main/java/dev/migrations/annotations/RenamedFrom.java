package dev.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a table or a column had another name in the database, so that autogenerate renames it (keeping its
 * rows and values, its indexes, unique constraints, foreign keys and checks) instead of dropping it and adding an
 * empty one.
 *
 * <p>The value is always a <em>physical name as the database holds it</em>: on an {@code @Entity} class, the
 * previous table name (not the previous entity or class name); on a persistent attribute, the previous column
 * name (not the previous attribute name). With {@code -Amigrations.naming=snake_case} that is the snake-case
 * name ({@code "customer_order"}, not {@code "CustomerOrder"}).
 *
 * <pre>{@code
 * @Entity
 * @Table(name = "clients")
 * @RenamedFrom("customers")            // the table was called customers
 * public class Client {
 *     @Id Long id;
 *
 *     @RenamedFrom("mail")             // the column was called mail; it is now email
 *     String email;
 *
 *     @Column(name = "full_name")
 *     @RenamedFrom({"name", "nom"})    // either earlier name, whichever the database still has
 *     String fullName;
 * }
 * }</pre>
 *
 * <p>Autogenerate renames only when the database has exactly one of the earlier names and not the current one:
 * once the rename is applied the hint has no effect, and it may be removed after every database has the revision.
 * Several names serve a chain of renames across revisions not yet applied everywhere. On an attribute inside an
 * {@code @Embeddable}, the hint applies to its column wherever the embeddable is embedded (embeddings that
 * {@code @AttributeOverride} gives different column names need their renames written in the script). The
 * revision's downgrade renames back.
 *
 * <p>Read by {@code migrations-processor} at compile time only ({@link RetentionPolicy#SOURCE}): declare this
 * artifact with {@code <scope>provided</scope>}; the application never needs it at run time.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

    /** The earlier physical name or names: a table name on an entity, a column name on an attribute. */
    String[] value();
}

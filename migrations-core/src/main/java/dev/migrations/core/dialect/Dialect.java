package dev.migrations.core.dialect;

import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.Column;
import dev.migrations.model.Schema;

/**
 * What one database needs from the diff and the planner: how it spells types and names, which differences it
 * can see, how it holds the model's objects, and the DDL for each change.
 *
 * <pre>{@code
 * Dialect dialect = Databases.forUrl("jdbc:sqlite:app.db").dialect();
 * SchemaDiff diff = SchemaDiff.compare(model, database, dialect, DiffOptions.defaults());
 * MigrationPlan plan = new MigrationPlanner(dialect).plan(diff);
 * }</pre>
 */
public interface Dialect {

    /** A short name for messages: {@code sqlite}, {@code h2}. */
    String name();

    /**
     * The column's type as this database's DDL spells it ({@code varchar(255)}, {@code blob}). Two logical
     * types that render the same are the same to the diff. A {@code columnDefinition} is used verbatim.
     */
    String renderType(Column column);

    /** The identifier as DDL must write it: quoted when it is a reserved word or has characters that need it. */
    String quote(String identifier);

    /** Whether the identifier is a reserved word here (it is quoted, and the planner warns). */
    boolean isReserved(String identifier);

    /** Whether names compare without regard to case (the database folds unquoted names). */
    boolean foldsCase();

    /** Whether the database keeps table and column comments. */
    boolean supportsComments();

    /** Whether DDL runs inside a transaction that a failure rolls back. */
    boolean supportsTransactionalDdl();

    /**
     * Whether identity columns can be told apart when read back. SQLite cannot: every {@code integer primary key}
     * generates its values, so identity is carried by the type and the key there.
     */
    boolean detectsIdentity();

    /** The model as this database holds it: sequences as tables where there are none, generator tables. */
    LoweredSchema lower(Schema model);

    /**
     * Refuses a model (already lowered and restricted to the compared tables) that this database cannot hold, with
     * an {@link dev.migrations.core.api.AutogenerateException} that says what to change; by default accepts all.
     */
    default void requireCreatable(Schema goal) {
    }

    /** A default expression in a form that compares equal however the database spells it back. */
    default String normalizeDefault(String expression) {
        return DefaultExpressions.normalize(expression);
    }

    /** Upgrade statements for the changes of a diff, in an order the database accepts. */
    java.util.List<String> render(SchemaDiff diff);

    /**
     * The guards of the steps of a diff whose success depends on the data: queries, run before the section's first
     * statement, that must return no rows (see {@link DataGuard}); none by default.
     *
     * <pre>{@code
     * List<DataGuard> upgradeGuards = dialect.guards(diff);
     * List<DataGuard> downgradeGuards = dialect.guards(diff.reversed());
     * }</pre>
     */
    default java.util.List<DataGuard> guards(SchemaDiff diff) {
        return java.util.List.of();
    }

    /**
     * Whether the database made this index itself (for a primary key, unique constraint or foreign key); the
     * diff ignores such indexes because the model never names them.
     */
    default boolean isImplicitIndex(dev.migrations.model.Index index) {
        return false;
    }

    /**
     * The action this database enforces for {@code action}: actions it treats alike map to one of them, so the
     * diff compares what the database does rather than how the model spells it. H2, for example, enforces
     * {@code RESTRICT} as {@code NO ACTION} and reports both as {@code RESTRICT}; SQLite keeps them distinct.
     *
     * <pre>{@code
     * dialect.effectiveAction(ReferentialAction.RESTRICT); // NO_ACTION on H2, RESTRICT on SQLite
     * }</pre>
     */
    default dev.migrations.model.ReferentialAction effectiveAction(dev.migrations.model.ReferentialAction action) {
        return action;
    }
}

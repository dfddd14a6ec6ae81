package dev.migrations.core.dialect;

/**
 * A query that must return no rows before a planned section runs: the rows it finds are the ones a data-dependent
 * step (a narrower type, NOT NULL, a new key, check or foreign key) would fail on or damage. It reads the tables
 * as they are when the section starts, because a runner runs every guard of a revision before its first statement.
 *
 * <pre>{@code
 * for (DataGuard guard : plan.downgradeGuards()) {
 *     System.out.println("-- guard: " + guard.step() + "\n" + guard.sql() + ";");
 * }
 * }</pre>
 *
 * @param step what the guard protects, for the {@code -- guard:} line and the runner's refusal
 * @param sql  the query, without a terminator
 */
public record DataGuard(String step, String sql) {
}

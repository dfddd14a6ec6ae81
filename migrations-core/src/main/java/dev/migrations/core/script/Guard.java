package dev.migrations.core.script;

/**
 * A query of a guard section that must return no rows before the revision's section runs: the rows it returns are
 * the ones the protected step would fail on (or damage).
 *
 * <pre>{@code
 * for (Guard guard : RevisionGuards.upgrade(script, splitter)) {
 *     log.info(guard.step() + " at line " + guard.line());   // NOT NULL set on column 'person.name' at line 7
 * }
 * }</pre>
 *
 * @param step what the guard protects, from its {@code -- guard:} comment line
 * @param sql  the query as sent to the database, from its first token on
 * @param line the line of the query's first token in the script file
 */
public record Guard(String step, String sql, int line) {
}

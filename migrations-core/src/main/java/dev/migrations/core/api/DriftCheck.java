package dev.migrations.core.api;

/**
 * What {@link Migrations#start()} does when, after the upgrade, the database still differs from the packaged entity
 * model (a revision that was never written, a change made by hand).
 *
 * <pre>{@code
 * Migrations.configure().dataSource(pool).classpathLocation("db/migrations").driftCheck(DriftCheck.FAIL).load().start();
 * }</pre>
 */
public enum DriftCheck {

    /** Do not compare (the default: it reads the whole catalogue, which costs time at every start). */
    OFF,

    /** Compare, and report each difference as a warning; the application starts. */
    WARN,

    /** Compare, and refuse to start ({@code RUN-003}) when they differ. */
    FAIL
}

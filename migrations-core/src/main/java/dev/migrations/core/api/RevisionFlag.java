package dev.migrations.core.api;

/** What a revision is in the graph, or in the database. */
public enum RevisionFlag {
    /** No revision names it as a parent. */
    HEAD,
    /** Several revisions name it as their parent (the graph branches here). */
    BRANCHPOINT,
    /** It has several parents (it merges branches). */
    MERGEPOINT,
    /** It is one of the database's current heads. */
    CURRENT
}

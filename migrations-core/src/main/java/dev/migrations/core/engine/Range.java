package dev.migrations.core.engine;

import dev.migrations.core.api.ScriptException;

/** A range {@code from:to}; an empty end means {@code base} (from) or {@code heads} (to). */
record Range(String from, String to) {

    static Range parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            throw new ScriptException("SCRIPT-029", "'" + text + "' is not a range. Write from:to, for example "
                    + "base:head, 1a2b:head or head:base (either end may be empty).");
        }
        String from = text.substring(0, colon).strip();
        String to = text.substring(colon + 1).strip();
        return new Range(from.isEmpty() ? "base" : from, to.isEmpty() ? "heads" : to);
    }

    static ScriptException notOrdered(String text) {
        return new ScriptException("SCRIPT-029", "The range '" + text + "' joins revisions on different "
                + "branches: neither end descends from the other. Give a range along one line of revisions.");
    }
}

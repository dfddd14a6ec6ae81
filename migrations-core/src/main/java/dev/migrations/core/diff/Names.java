package dev.migrations.core.diff;

import java.util.List;
import java.util.Locale;

/** Compares names the way the database does: without regard to case where it folds case. */
final class Names {

    private final boolean foldsCase;

    Names(boolean foldsCase) {
        this.foldsCase = foldsCase;
    }

    String key(String name) {
        return foldsCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * Tables of the default schema have no schema on either side (the model writes none, the reader leaves it
     * out), so only tables of other schemas are qualified.
     */
    String key(String schema, String name) {
        return schema == null ? key(name) : key(schema) + "." + key(name);
    }

    List<String> keys(List<String> names) {
        return names.stream().map(this::key).toList();
    }

    boolean same(String a, String b) {
        return a == null ? b == null : b != null && key(a).equals(key(b));
    }
}

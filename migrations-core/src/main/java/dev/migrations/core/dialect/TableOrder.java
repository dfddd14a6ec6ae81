package dev.migrations.core.dialect;

import dev.migrations.model.ForeignKey;
import dev.migrations.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Orders tables so that each comes after the tables its foreign keys reference. Where foreign keys form a cycle,
 * the alphabetically first table of the cycle goes first and its foreign keys to tables not yet created are
 * reported as deferred: they are added once every table exists.
 *
 * @param tables   the tables, referenced tables first
 * @param deferred the foreign keys (identity-compared) that point forward and must be added afterwards
 */
public record TableOrder(List<Table> tables, List<ForeignKey> deferred) {

    public static TableOrder of(List<Table> input) {
        List<Table> remaining = new ArrayList<>(input);
        remaining.sort(Comparator.comparing(t -> key(t.name())));
        Set<String> names = new HashSet<>();
        remaining.forEach(t -> names.add(key(t.name())));
        Set<String> placed = new HashSet<>();
        List<Table> ordered = new ArrayList<>();
        List<ForeignKey> deferred = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream().filter(t -> ready(t, names, placed)).findFirst().orElse(null);
            if (next == null) {
                next = remaining.get(0);
                for (ForeignKey fk : next.foreignKeys()) {
                    String target = key(fk.referencedTable());
                    if (names.contains(target) && !placed.contains(target) && !target.equals(key(next.name()))) {
                        deferred.add(fk);
                    }
                }
            }
            remaining.remove(next);
            placed.add(key(next.name()));
            ordered.add(next);
        }
        return new TableOrder(List.copyOf(ordered), List.copyOf(deferred));
    }

    public boolean isDeferred(ForeignKey fk) {
        return deferred.stream().anyMatch(d -> d == fk);
    }

    private static boolean ready(Table t, Set<String> names, Set<String> placed) {
        for (ForeignKey fk : t.foreignKeys()) {
            String target = key(fk.referencedTable());
            if (names.contains(target) && !placed.contains(target) && !target.equals(key(t.name()))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

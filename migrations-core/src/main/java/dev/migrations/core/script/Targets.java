package dev.migrations.core.script;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ScriptException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves target expressions against the graph: {@code head}, {@code heads}, {@code base}, {@code current}, full
 * ids, unique prefixes (4+ characters), {@code +N} and {@code -N} (from the database's current head),
 * {@code <rev>+N} / {@code <rev>-N}, and comma-separated lists of these. A resolved target is a set of
 * revisions; the empty set is {@code base}.
 *
 * <pre>{@code
 * Set<String> target = new Targets(graph, () -> appliedHeads).resolve("head-1");
 * }</pre>
 */
public final class Targets {

    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");
    private static final Pattern ANCHORED = Pattern.compile("(.+?)([+-])(\\d+)");

    private final RevisionGraph graph;
    private final Supplier<List<String>> currentHeads;

    /**
     * @param graph        the revisions
     * @param currentHeads the database's current heads, asked only for {@code current} and {@code ±N}; it may
     *                     throw when there is no database (offline SQL)
     */
    public Targets(RevisionGraph graph, Supplier<List<String>> currentHeads) {
        this.graph = graph;
        this.currentHeads = currentHeads;
    }

    /** The revisions {@code expression} names (empty for base). */
    public Set<String> resolve(String expression) {
        if (expression.contains(",")) {
            Set<String> union = new TreeSet<>();
            for (String part : expression.split(",")) {
                union.addAll(resolve(part));
            }
            return union;
        }
        String spec = expression.strip();
        if (spec.equals("heads")) {
            return new TreeSet<>(graph.heads());
        }
        Matcher relative = RELATIVE.matcher(spec);
        if (relative.matches()) {
            return walk(spec, current(spec), relative.group(1), Integer.parseInt(relative.group(2)));
        }
        Matcher anchored = ANCHORED.matcher(spec);
        if (anchored.matches()) {
            Set<String> from = single(anchored.group(1), spec);
            return walk(spec, from, anchored.group(2), Integer.parseInt(anchored.group(3)));
        }
        return single(spec, spec);
    }

    /**
     * The revision a downward walk ({@code -N}, {@code <rev>-N}) starts from, or empty for any other expression.
     * A downgrade to such a target reverts only the walked path (and what depends on it), not every descendant
     * of where the walk lands: {@code bbbb-1} from a branch point must leave the sibling branch alone.
     */
    public Optional<String> downwardWalkStart(String expression) {
        if (expression.contains(",")) {
            return Optional.empty();
        }
        String spec = expression.strip();
        Matcher relative = RELATIVE.matcher(spec);
        if (relative.matches()) {
            return relative.group(1).equals("-") ? current(spec).stream().findFirst() : Optional.empty();
        }
        Matcher anchored = ANCHORED.matcher(spec);
        if (anchored.matches() && anchored.group(2).equals("-")) {
            return single(anchored.group(1), spec).stream().findFirst();
        }
        return Optional.empty();
    }

    /**
     * Checks {@code expression} as far as the scripts alone allow (its syntax, revision ids and prefixes,
     * {@code head}, walks from named revisions), so a bad target is refused before a database is opened (opening
     * a SQLite URL creates its file). Parts that count from the database's current head are left for later.
     *
     * @throws ScriptException for what is already known to be wrong
     */
    public static void checkWithoutDatabase(RevisionGraph graph, String expression) {
        Targets offline = new Targets(graph, () -> {
            throw new NeedsDatabase();
        });
        if (expression == null) {
            return;
        }
        for (String part : expression.split(",", -1)) {
            try {
                offline.resolve(part);
            } catch (NeedsDatabase e) {
                // counts from the current head: resolved once the database is read
            }
        }
    }

    /** Thrown by the offline check's current-heads supplier; never leaves this class. */
    private static final class NeedsDatabase extends RuntimeException {
        NeedsDatabase() {
            super(null, null, false, false);
        }
    }

    /** The single revision {@code expression} names; {@code base} and several revisions are errors. */
    public String resolveOne(String expression) {
        Set<String> resolved = resolve(expression);
        if (resolved.isEmpty()) {
            throw new ScriptException("SCRIPT-026", "'" + expression + "' names base, not a revision. "
                    + "Name a revision id, a prefix or head.");
        }
        if (resolved.size() > 1) {
            throw new ScriptException("SCRIPT-026", "'" + expression + "' names several revisions ("
                    + String.join(", ", resolved) + "). Name one of them.");
        }
        return resolved.iterator().next();
    }

    private Set<String> single(String token, String spec) {
        switch (token) {
            case "base":
                return Set.of();
            case "head": {
                List<String> heads = graph.heads();
                if (heads.size() > 1) {
                    throw new ScriptException("SCRIPT-022", "'" + spec + "': there are several heads ("
                            + String.join(", ", heads) + "). Merge them with " + Advice.command("merge") + ", or target "
                            + "'heads' to apply every branch, or name one head.");
                }
                return new TreeSet<>(heads);
            }
            case "current":
                return current(spec);
            case "heads":
                throw new ScriptException("SCRIPT-026", "'" + spec + "': heads may be several revisions, so it "
                        + "cannot be counted from. Count from head (head-1) or from one revision (<rev>+N, <rev>-N).");
            default:
                if (!RevisionIds.VALID.matcher(token).matches()) {
                    throw new ScriptException("SCRIPT-026", "'" + spec + "' is not a target. Targets are head, "
                            + "heads, base, current, a revision id or a 4+ character prefix, +N, -N, <rev>+N, <rev>-N "
                            + "(for example head-1, base+2, 1a2b+1), or several of these separated by commas.");
                }
                return Set.of(graph.lookup(token));
        }
    }

    private Set<String> current(String spec) {
        List<String> heads = currentHeads.get();
        if (heads.size() > 1) {
            throw new ScriptException("SCRIPT-027", "'" + spec + "' counts from the database's current head, "
                    + "but it has several (" + String.join(", ", heads) + "). Count from one of them instead, "
                    + "for example " + heads.get(0) + spec.replace("current", "") + ".");
        }
        return new TreeSet<>(heads);
    }

    private Set<String> walk(String spec, Set<String> from, String sign, int steps) {
        if (from.size() > 1) {
            throw new ScriptException("SCRIPT-026", "'" + spec + "' counts from several revisions ("
                    + String.join(", ", from) + "). Count from one of them.");
        }
        String at = from.isEmpty() ? null : from.iterator().next();
        for (int step = 1; step <= steps; step++) {
            if (sign.equals("+")) {
                List<String> next = at == null ? graph.bases() : graph.children(at);
                if (next.isEmpty()) {
                    throw new ScriptException("SCRIPT-024", "'" + spec + "' walks past a head: "
                            + (at == null ? "there are no revisions" : at + " is a head")
                            + " after " + (step - 1) + " of " + steps + " steps. Use a smaller number or 'head'.");
                }
                if (next.size() > 1) {
                    throw new ScriptException("SCRIPT-025", "'" + spec + "' is ambiguous: "
                            + (at == null ? "base" : at) + " leads to several revisions (" + String.join(", ", next)
                            + "). Name the revision to go to, or count from one of them (" + next.get(0) + "+N).");
                }
                at = next.get(0);
            } else {
                if (at == null) {
                    throw new ScriptException("SCRIPT-023", "'" + spec + "' walks past base after " + (step - 1)
                            + " of " + steps + " steps. Use a smaller number or 'base'.");
                }
                List<String> parents = graph.parents(at);
                if (parents.size() > 1 && step == steps) {
                    // the last step down from a merge lands on all of its parents (reverting just the merge)
                    return new TreeSet<>(parents);
                }
                if (parents.size() > 1) {
                    throw new ScriptException("SCRIPT-025", "'" + spec + "' is ambiguous: " + at + " merges "
                            + String.join(", ", parents) + ", so the walk cannot go further down. Name the revision "
                            + "to go to, or count from one of its parents (" + parents.get(0) + "-N).");
                }
                at = parents.isEmpty() ? null : parents.get(0);
            }
        }
        return at == null ? Set.of() : Set.of(at);
    }
}

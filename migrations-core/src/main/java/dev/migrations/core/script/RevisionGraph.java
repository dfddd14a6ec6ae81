package dev.migrations.core.script;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.RevisionFlag;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.ScriptException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The revisions and their parent links: a directed acyclic graph. Building it checks that every id is claimed by
 * one file, that every parent exists and that no revision descends from itself.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(scripts);
 * List<String> heads = graph.heads();
 * }</pre>
 */
public final class RevisionGraph {

    private final Map<String, RevisionScript> byId;
    private final Map<String, List<String>> children;
    private final List<String> order;

    private RevisionGraph(Map<String, RevisionScript> byId) {
        this.byId = byId;
        Map<String, Set<String>> kids = new TreeMap<>();
        byId.keySet().forEach(id -> kids.put(id, new TreeSet<>()));
        for (RevisionScript script : byId.values()) {
            for (String parent : script.parents()) {
                RevisionScript parentScript = byId.get(parent);
                if (parentScript == null) {
                    throw ScriptParser.error("SCRIPT-012", script.location(), script.revisesLine(),
                            "parent revision " + parent + " does not exist",
                            "Fix 'Revises:' to name an existing revision (see " + Advice.command("history") + "), "
                                    + "or restore the parent's file.");
                }
                kids.get(parent).add(script.id());
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        kids.forEach((id, set) -> frozen.put(id, List.copyOf(set)));
        this.children = frozen;
        this.order = sort();
    }

    /** Builds the graph of {@code scripts}; throws {@link ScriptException} for duplicates, missing parents, cycles. */
    public static RevisionGraph of(Collection<RevisionScript> scripts) {
        Map<String, RevisionScript> byId = new TreeMap<>();
        for (RevisionScript script : scripts) {
            RevisionScript other = byId.putIfAbsent(script.id(), script);
            if (other != null) {
                throw new ScriptException("SCRIPT-011", "Two files claim revision id " + script.id() + ": "
                        + other.location() + " and " + script.location() + ". Give one of them a new id "
                        + "('-- Revision ID:' and the file name) and point its children's 'Revises:' at it.");
            }
        }
        return new RevisionGraph(byId);
    }

    /** Whether there are no revisions at all. */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Whether {@code id} is a revision. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The script of {@code id}. */
    public RevisionScript script(String id) {
        RevisionScript script = byId.get(id);
        if (script == null) {
            throw new IllegalArgumentException("no revision " + id);
        }
        return script;
    }

    /** All ids, sorted. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /** The parents of {@code id}. */
    public List<String> parents(String id) {
        return script(id).parents();
    }

    /** The children of {@code id}, sorted. */
    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Revisions without children, sorted by id. */
    public List<String> heads() {
        return byId.keySet().stream().filter(id -> children(id).isEmpty()).toList();
    }

    /** Revisions without parents, sorted by id. */
    public List<String> bases() {
        return byId.values().stream().filter(s -> s.parents().isEmpty()).map(RevisionScript::id).toList();
    }

    /** Every revision, parents before children (ties broken by id, so the order is stable). */
    public List<String> topologicalOrder() {
        return order;
    }

    /** Kahn's algorithm; revisions left over sit on or behind a cycle. */
    private List<String> sort() {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (RevisionScript script : byId.values()) {
            waiting.put(script.id(), script.parents().size());
            if (script.parents().isEmpty()) {
                ready.add(script.id());
            }
        }
        List<String> sorted = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            sorted.add(id);
            for (String child : children(id)) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (sorted.size() != byId.size()) {
            throw cycleError(sorted);
        }
        return List.copyOf(sorted);
    }

    /** {@code ids} and all their ancestors. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        return walk(ids, this::parents);
    }

    /** {@code ids} and all their descendants. */
    public Set<String> descendantsOf(Collection<String> ids) {
        return walk(ids, this::children);
    }

    /**
     * The members of {@code applied} that no other member descends from, in topological order. One walk from all
     * members' parents marks every proper ancestor once, so the cost grows with the graph, not with its square.
     */
    public List<String> headsOf(Collection<String> applied) {
        Set<String> known = new HashSet<>();
        List<String> parents = new ArrayList<>();
        for (String id : applied) {
            RevisionScript script = byId.get(id);
            if (script != null && known.add(id)) {
                parents.addAll(script.parents());
            }
        }
        Set<String> covered = walk(parents, this::parents);
        List<String> heads = new ArrayList<>();
        for (String id : order) {
            if (known.contains(id) && !covered.contains(id)) {
                heads.add(id);
            }
        }
        return List.copyOf(heads);
    }

    /** {@code ids} in topological order. */
    public List<String> inOrder(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return order.stream().filter(wanted::contains).toList();
    }

    /**
     * Finds a revision by full id or by a unique prefix of at least four characters.
     *
     * @throws ScriptException when nothing or several revisions match
     */
    public String lookup(String token) {
        if (byId.containsKey(token)) {
            return token;
        }
        if (token.length() < 4) {
            throw new ScriptException("SCRIPT-020", "No revision '" + token + "' (a prefix needs at least 4 "
                    + "characters). Run " + Advice.command("history") + " to see the revisions.");
        }
        List<String> candidates = byId.keySet().stream().filter(id -> id.startsWith(token)).toList();
        if (candidates.isEmpty()) {
            throw new ScriptException("SCRIPT-020", "No revision '" + token + "'. Run " + Advice.command("history")
                    + " to see the revisions.");
        }
        if (candidates.size() > 1) {
            throw new ScriptException("SCRIPT-021", "The prefix '" + token + "' is ambiguous; it matches "
                    + String.join(", ", candidates) + ". Give more characters.");
        }
        return candidates.get(0);
    }

    /** {@code id} as the API shows it, with {@code current} marking the database's heads. */
    public RevisionInfo info(String id, Collection<String> current) {
        RevisionScript script = script(id);
        Set<RevisionFlag> flags = EnumSet.noneOf(RevisionFlag.class);
        if (children(id).isEmpty()) {
            flags.add(RevisionFlag.HEAD);
        }
        if (children(id).size() > 1) {
            flags.add(RevisionFlag.BRANCHPOINT);
        }
        if (script.parents().size() > 1) {
            flags.add(RevisionFlag.MERGEPOINT);
        }
        if (current.contains(id)) {
            flags.add(RevisionFlag.CURRENT);
        }
        return new RevisionInfo(id, script.parents(), children(id), script.message(), script.createDate(),
                script.location(), flags, script.transactional());
    }

    /** The script of a revision, if any. */
    public Optional<RevisionScript> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private Set<String> walk(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (seen.add(id)) {
                pending.addAll(next.apply(id));
            }
        }
        return seen;
    }

    /** Names one cycle among the revisions the topological sort could not place. */
    private ScriptException cycleError(List<String> placed) {
        Set<String> stuck = new TreeSet<>(byId.keySet());
        placed.forEach(stuck::remove);
        // Follow parents inside the stuck set until a revision repeats: that stretch is a cycle.
        List<String> path = new ArrayList<>();
        String at = stuck.iterator().next();
        while (!path.contains(at)) {
            path.add(at);
            String current = at;
            at = script(current).parents().stream().filter(stuck::contains).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        cycle.add(at);
        String files = cycle.stream().distinct().map(id -> script(id).location()).collect(Collectors.joining(", "));
        return new ScriptException("SCRIPT-013", "The revisions form a cycle: " + String.join(" revises ", cycle)
                + ". Fix 'Revises:' in one of " + files + " so that the chain ends at a first revision.");
    }
}

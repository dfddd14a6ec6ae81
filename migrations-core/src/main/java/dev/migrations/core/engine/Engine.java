package dev.migrations.core.engine;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.CurrentResult;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.DowngradeResult;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.api.ScriptException;
import dev.migrations.core.api.StampResult;
import dev.migrations.core.api.UpgradeResult;
import dev.migrations.core.history.AppliedRevision;
import dev.migrations.core.history.VersionTable;
import dev.migrations.core.runner.DatabaseSupport;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.OfflineSql;
import dev.migrations.core.runner.Runner;
import dev.migrations.core.script.ClasspathScriptSource;
import dev.migrations.core.script.DirectoryScriptSource;
import dev.migrations.core.script.FileNameTemplate;
import dev.migrations.core.script.RevisionGraph;
import dev.migrations.core.script.ScriptCatalog;
import dev.migrations.core.script.ScriptSource;
import dev.migrations.core.script.Targets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Runs the facade's commands: script commands here, database commands through the {@link Runner}. */
public final class Engine {

    private final Settings settings;
    private final ScriptCatalog catalog;
    private final FileNameTemplate template;

    public Engine(Settings settings) {
        this.settings = settings;
        ScriptSource source = settings.scriptLocation() != null
                ? new DirectoryScriptSource(settings.scriptLocation())
                : new ClasspathScriptSource(settings.classLoader(), settings.classpathLocation());
        this.catalog = new ScriptCatalog(source);
        this.template = new FileNameTemplate(settings.fileTemplate());
    }

    public RevisionResult revision(RevisionRequest request) {
        return new RevisionWriter(catalog, template, settings.clock(), settings.listener())
                .write(request, databaseHeads());
    }

    public RevisionResult merge(List<String> revisions, String message, String revId) {
        return new RevisionWriter(catalog, template, settings.clock(), settings.listener())
                .merge(revisions, message, revId, databaseHeads());
    }

    public UpgradeResult upgrade(String target) {
        RevisionGraph graph = catalog.graph();
        return runner().upgrade(graph, target);
    }

    public DowngradeResult downgrade(String target) {
        RevisionGraph graph = catalog.graph();
        return runner().downgrade(graph, target);
    }

    public StampResult stamp(String target, boolean purge) {
        RevisionGraph graph = catalog.graph();
        return runner().stamp(graph, target, purge);
    }

    public CurrentResult current() {
        RevisionGraph graph = catalog.graph();
        Runner.State state = runner().state();
        List<String> appliedIds = state.rows().stream().map(AppliedRevision::id).toList();
        List<String> heads = graph.headsOf(appliedIds);
        List<RevisionInfo> infos = heads.stream().map(id -> graph.info(id, heads)).toList();
        List<String> unknown = appliedIds.stream().filter(id -> !graph.contains(id)).sorted().toList();
        return new CurrentResult(state.tableExists(), infos, unknown);
    }

    public List<RevisionInfo> history(String range) {
        RevisionGraph graph = catalog.graph();
        List<String> current = markableCurrentHeads(graph);
        List<String> ids;
        if (range == null || range.isBlank()) {
            ids = new ArrayList<>(graph.topologicalOrder());
        } else {
            Range parsed = Range.parse(range);
            Targets targets = new Targets(graph, () -> current);
            Set<String> fromEnds = targets.resolve(parsed.from());
            Set<String> toEnds = targets.resolve(parsed.to());
            Set<String> lower = graph.ancestorsOf(fromEnds);
            Set<String> upper = graph.ancestorsOf(toEnds);
            if (!upper.containsAll(lower)) {
                if (!lower.containsAll(upper)) {
                    throw Range.notOrdered(range);
                }
                // written newest first (head:base): the same revisions
                Set<String> swap = lower;
                lower = upper;
                upper = swap;
                fromEnds = toEnds;
            }
            Set<String> between = new HashSet<>(upper);
            between.removeAll(lower);
            between.addAll(fromEnds);
            ids = new ArrayList<>(graph.inOrder(between));
        }
        Collections.reverse(ids);
        return ids.stream().map(id -> graph.info(id, current)).toList();
    }

    public List<RevisionInfo> heads() {
        RevisionGraph graph = catalog.graph();
        return graph.heads().stream().map(id -> graph.info(id, List.of())).toList();
    }

    public List<RevisionInfo> branches() {
        RevisionGraph graph = catalog.graph();
        return graph.topologicalOrder().stream().filter(id -> graph.children(id).size() > 1)
                .map(id -> graph.info(id, List.of())).toList();
    }

    public RevisionInfo show(String revision) {
        RevisionGraph graph = catalog.graph();
        Supplier<List<String>> current = () -> currentHeads(graph);
        String id = new Targets(graph, current).resolveOne(revision == null ? "head" : revision.trim());
        return graph.info(id, markableCurrentHeads(graph));
    }

    public String sql(String range) {
        RevisionGraph graph = catalog.graph();
        DatabaseSupport support = DatabaseSupport.forUrl(requireUrl("sql"));
        Range parsed = Range.parse(range);
        Targets targets = new Targets(graph, () -> {
            throw new ScriptException("SCRIPT-026", "Offline SQL does not read the database, so '" + range
                    + "' cannot count from its current head. Name revisions, head or base.");
        });
        Set<String> from = graph.ancestorsOf(targets.resolve(parsed.from()));
        Set<String> to = graph.ancestorsOf(targets.resolve(parsed.to()));
        OfflineSql offline = new OfflineSql(support, support.versionTable(settings.versionTable(), settings.schema()),
                settings.appliedBy());
        if (to.containsAll(from)) {
            Set<String> steps = new HashSet<>(to);
            steps.removeAll(from);
            return offline.render(graph, range, graph.inOrder(steps), true);
        }
        if (from.containsAll(to)) {
            Set<String> steps = new HashSet<>(from);
            steps.removeAll(to);
            List<String> order = new ArrayList<>(graph.inOrder(steps));
            Collections.reverse(order);
            return offline.render(graph, range, order, false);
        }
        throw Range.notOrdered(range);
    }

    /** The database's heads, for targets relative to the current state; empty when no URL is set. */
    private Supplier<List<String>> databaseHeads() {
        return () -> {
            RevisionGraph graph = catalog.graph();
            return currentHeads(graph);
        };
    }

    /**
     * The current heads for marking listings. Listings work from the scripts alone, so a database that cannot be
     * read only costs the marks (with a warning), not the listing.
     */
    private List<String> markableCurrentHeads(RevisionGraph graph) {
        if (settings.url() == null) {
            return List.of();
        }
        try {
            return currentHeads(graph);
        } catch (DatabaseException e) {
            settings.listener().warn("Cannot mark the current revision: " + e.getMessage());
            return List.of();
        }
    }

    private List<String> currentHeads(RevisionGraph graph) {
        Runner.State state = runner().state();
        return graph.headsOf(state.rows().stream().map(AppliedRevision::id).toList());
    }

    private Runner runner() {
        String url = requireUrl("this command");
        JdbcConnections connections = new JdbcConnections(url, settings.user(), settings.password(),
                settings.classLoader());
        connections.requireDriver();
        DatabaseSupport support = DatabaseSupport.forUrl(url);
        VersionTable table = new VersionTable(support.versionTable(settings.versionTable(), settings.schema()));
        return new Runner(connections, url, support, table, settings.listener(), settings.appliedBy(),
                settings.lockTimeout(), settings.clock(), catalog.source().describe());
    }

    private String requireUrl(String command) {
        if (settings.url() == null) {
            throw new ConfigurationException("CONFIG-008", "No database URL for " + command + ": set <url> "
                    + "(-Dmigrations.url), or MIGRATIONS_URL / DB_URL in the environment.");
        }
        return settings.url();
    }
}

package dev.migrations.core.engine;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.api.ScriptException;
import dev.migrations.core.script.FileNameTemplate;
import dev.migrations.core.script.RevisionGraph;
import dev.migrations.core.script.RevisionIds;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptCatalog;
import dev.migrations.core.script.ScriptParser;
import dev.migrations.core.script.ScriptWriter;
import dev.migrations.core.script.Targets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Writes new revision files. Everything is checked before the file is written (the id, the parents, the file
 * name, and that the rendered file parses and fits the graph), so a bad request writes nothing.
 */
final class RevisionWriter {

    private final ScriptCatalog catalog;
    private final FileNameTemplate template;
    private final Clock clock;
    private final MigrationListener listener;

    RevisionWriter(ScriptCatalog catalog, FileNameTemplate template, Clock clock, MigrationListener listener) {
        this.catalog = catalog;
        this.template = template;
        this.clock = clock;
        this.listener = listener;
    }

    RevisionResult write(RevisionRequest request, Supplier<List<String>> databaseHeads) {
        Path directory = writableDirectory();
        List<RevisionScript> scripts = catalog.scripts();
        RevisionGraph graph = RevisionGraph.of(scripts);
        String id = chooseId(graph, request.revId());
        List<String> parents = parents(graph, request.head(), databaseHeads);
        return writeFile(directory, scripts, id, parents, request.message(), !request.noTransaction(),
                new Bodies(request.upgradeGuards(), request.upgradeSql(), request.downgradeGuards(),
                        request.downgradeSql()));
    }

    RevisionResult merge(List<String> revisions, String message, String revId,
                         Supplier<List<String>> databaseHeads) {
        Path directory = writableDirectory();
        List<RevisionScript> scripts = catalog.scripts();
        RevisionGraph graph = RevisionGraph.of(scripts);
        Set<String> parents = new TreeSet<>();
        if (revisions.isEmpty()) {
            parents.addAll(graph.heads());
        } else {
            Targets targets = new Targets(graph, databaseHeads);
            for (String revision : revisions) {
                parents.addAll(targets.resolve(revision));
            }
        }
        if (parents.size() < 2) {
            throw new ScriptException("SCRIPT-043", "Nothing to merge: " + (revisions.isEmpty()
                    ? "there " + (parents.isEmpty() ? "are no revisions" : "is one head (" + parents.iterator().next()
                    + ")") : "the revisions given name " + parents.size() + " revision(s) " + parents)
                    + "; a merge needs at least two heads. Run " + Advice.command("heads") + " to see them.");
        }
        for (String parent : parents) {
            Set<String> ancestors = graph.ancestorsOf(List.of(parent));
            ancestors.remove(parent);
            for (String other : parents) {
                if (ancestors.contains(other)) {
                    throw new ScriptException("SCRIPT-047", "Cannot merge " + other + " with " + parent + ": "
                            + parent + " already descends from it. Merge revisions on different branches "
                            + "(" + Advice.command("heads") + " lists them).");
                }
            }
        }
        String id = chooseId(graph, revId);
        List<String> ordered = graph.inOrder(parents);
        String text = message == null || message.isBlank() ? "merge " + String.join(", ", ordered) : message;
        return writeFile(directory, scripts, id, ordered, text, true, new Bodies("", "", "", ""));
    }

    private RevisionResult writeFile(Path directory, List<RevisionScript> scripts, String id, List<String> parents,
                                     String message, boolean transactional, Bodies bodies) {
        Instant created = clock.instant();
        String fileName = template.fileName(id, message, created);
        Path file = directory.resolve(fileName);
        String text = ScriptWriter.render(id, parents, created, message, transactional, bodies.upgradeGuards(),
                bodies.upgrade(), bodies.downgradeGuards(), bodies.downgrade());
        RevisionScript parsed;
        try {
            parsed = ScriptParser.parse(file.toString(), fileName, text.getBytes(StandardCharsets.UTF_8));
        } catch (ScriptException e) {
            throw new ScriptException("SCRIPT-048", "The new revision would not be a valid script, so nothing "
                    + "was written: " + e.getMessage() + " Check the upgrade and downgrade SQL and guards passed "
                    + "in (they must not contain '-- migrate:' marker lines).", e);
        }
        if (Files.exists(file)) {
            throw new ScriptException("SCRIPT-044", "The file " + file + " already exists. Choose another "
                    + "message or revision id.");
        }
        List<RevisionScript> all = new ArrayList<>(scripts);
        all.add(parsed);
        RevisionGraph graph = RevisionGraph.of(all);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ScriptException("SCRIPT-044", "The file " + file + " already exists. Choose another "
                    + "message or revision id.", e);
        } catch (IOException e) {
            throw new ScriptException("SCRIPT-046", "Cannot write " + file + ": " + e.getMessage()
                    + ". Check that <scriptLocation> is a writable folder.", e);
        }
        listener.info("Generating " + file + " ... done");
        return new RevisionResult(file, graph.info(id, List.of()));
    }

    /** The sections of a new file. */
    private record Bodies(String upgradeGuards, String upgrade, String downgradeGuards, String downgrade) {
    }

    private Path writableDirectory() {
        return catalog.source().writableDirectory().orElseThrow(() -> new ScriptException("SCRIPT-045",
                "New revisions are written to a folder, but the scripts are read from "
                        + catalog.source().describe() + ". Configure scriptLocation(Path) to write revisions."));
    }

    private static String chooseId(RevisionGraph graph, String requested) {
        if (requested == null || requested.isBlank()) {
            String id = RevisionIds.generate();
            while (graph.contains(id)) {
                id = RevisionIds.generate();
            }
            return id;
        }
        String id = requested.strip();
        if (!RevisionIds.isValid(id)) {
            throw new ScriptException("SCRIPT-040", "'" + id + "' cannot be a revision id: ids are "
                    + RevisionIds.rule() + ". Fix " + Advice.setting("revId") + ", or leave it out for a random id.");
        }
        if (graph.contains(id)) {
            throw new ScriptException("SCRIPT-041", "Revision id " + id + " is taken by "
                    + graph.script(id).location() + ". Choose another " + Advice.setting("revId") + ", or leave it out.");
        }
        return id;
    }

    private static List<String> parents(RevisionGraph graph, String head, Supplier<List<String>> databaseHeads) {
        if (head.equals("head")) {
            List<String> heads = graph.heads();
            if (heads.size() > 1) {
                throw new ScriptException("SCRIPT-042", "There are several heads (" + String.join(", ", heads)
                        + "), so the new revision's parent is unclear. Pass one with "
                        + Advice.value("head", "<revision>") + ", or merge the heads first with "
                        + Advice.command("merge") + ".");
            }
            return heads;
        }
        return graph.inOrder(new Targets(graph, databaseHeads).resolve(head));
    }
}

package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;

/** Reads every script of a source and builds their graph. */
public final class ScriptCatalog {

    private final ScriptSource source;

    public ScriptCatalog(ScriptSource source) {
        this.source = source;
    }

    public ScriptSource source() {
        return source;
    }

    /** The parsed scripts, in file-name order. */
    public List<RevisionScript> scripts() {
        List<RevisionScript> scripts = new ArrayList<>();
        for (ScriptFile file : source.files()) {
            scripts.add(ScriptParser.parse(file.location(), file.fileName(), file.bytes()));
        }
        return scripts;
    }

    /** The graph of all scripts. */
    public RevisionGraph graph() {
        return RevisionGraph.of(scripts());
    }
}

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

    /**
     * The parsed scripts, in file-name order. Each file is parsed (and its checksum computed) as soon as it is read,
     * on the common fork-join pool as well as on this thread, which spreads the work over the cores (and, at a
     * cold start, the interpreted code); the first malformed file in name order is reported, as when parsed one
     * by one.
     */
    public List<RevisionScript> scripts() {
        List<ScriptSource.Worked<Object>> parsed = source.read(file -> {
            try {
                return ScriptParser.parse(file.location(), file.fileName(), file.bytes());
            } catch (RuntimeException e) {
                return e;
            }
        });
        List<RevisionScript> scripts = new ArrayList<>(parsed.size());
        for (ScriptSource.Worked<Object> worked : parsed) {
            if (worked.result() instanceof RuntimeException e) {
                throw e;
            }
            scripts.add((RevisionScript) worked.result());
        }
        return scripts;
    }

    /** The graph of all scripts. */
    public RevisionGraph graph() {
        return RevisionGraph.of(scripts());
    }
}

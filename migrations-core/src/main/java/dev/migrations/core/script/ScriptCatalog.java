package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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
     * The parsed scripts, in file-name order. Files are parsed (and their checksums computed) on the common
     * fork-join pool as well as on this thread, which at a cold start spreads the interpreted work over the cores;
     * the first malformed file in name order is reported, as when parsed one by one.
     */
    public List<RevisionScript> scripts() {
        List<ScriptFile> files = source.files();
        Object[] parsed = new Object[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            ScriptFile file = files.get(i);
            try {
                parsed[i] = ScriptParser.parse(file.location(), file.fileName(), file.bytes());
            } catch (RuntimeException e) {
                parsed[i] = e;
            }
        });
        List<RevisionScript> scripts = new ArrayList<>(parsed.length);
        for (Object result : parsed) {
            if (result instanceof RuntimeException e) {
                throw e;
            }
            scripts.add((RevisionScript) result);
        }
        return scripts;
    }

    /** The graph of all scripts. */
    public RevisionGraph graph() {
        return RevisionGraph.of(scripts());
    }
}

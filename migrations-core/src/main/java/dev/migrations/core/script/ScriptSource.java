package dev.migrations.core.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Where revision scripts are read from. */
public interface ScriptSource {

    /** The {@code .sql} files, sorted by file name; other files are ignored. */
    List<ScriptFile> files();

    /**
     * The files of {@link #files()}, in the same order, each with what {@code work} made of it. The work runs on
     * the common fork-join pool as well as on this thread; a source that reads its files one at a time (a jar's
     * entries) hands each one to the work as soon as it has read it, so that reading and working overlap instead
     * of following each other. {@code work} must not throw: return the failure instead.
     *
     * <pre>{@code
     * List<ScriptSource.Worked<Integer>> sizes = source.read(file -> file.bytes().length);
     * }</pre>
     */
    default <T> List<Worked<T>> read(Function<ScriptFile, T> work) {
        List<ScriptFile> files = files();
        List<Worked<T>> worked = new ArrayList<>(files.size());
        Object[] results = new Object[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> results[i] = work.apply(files.get(i)));
        for (int i = 0; i < results.length; i++) {
            @SuppressWarnings("unchecked")
            T result = (T) results[i];
            worked.add(new Worked<>(files.get(i), result));
        }
        return worked;
    }

    /** The folder new scripts are written to, when this source is a filesystem folder. */
    Optional<Path> writableDirectory();

    /** The location as the user configured it, for messages. */
    String describe();

    /**
     * A file and what the work of {@link #read(Function)} made of it.
     *
     * @param file   the file
     * @param result the work's result
     * @param <T>    the result's type
     */
    record Worked<T>(ScriptFile file, T result) {
    }
}

package dev.migrations.core.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where revision scripts are read from. */
public interface ScriptSource {

    /** The {@code .sql} files, sorted by file name; other files are ignored. */
    List<ScriptFile> files();

    /** The folder new scripts are written to, when this source is a filesystem folder. */
    Optional<Path> writableDirectory();

    /** The location as the user configured it, for messages. */
    String describe();
}

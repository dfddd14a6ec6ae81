package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Scripts in a filesystem folder (its direct children named {@code *.sql}); a missing folder holds none. */
public final class DirectoryScriptSource implements ScriptSource {

    private final Path directory;

    public DirectoryScriptSource(Path directory) {
        this.directory = directory;
    }

    @Override
    public List<ScriptFile> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<ScriptFile> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(directory)) {
            for (Path file : children.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                files.add(new ScriptFile(file.toString(), file.getFileName().toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new ScriptException("SCRIPT-014", "Cannot read the script location " + directory + ": "
                    + e.getMessage() + ". Check that the folder is readable.", e);
        }
        return files;
    }

    @Override
    public Optional<Path> writableDirectory() {
        return Optional.of(directory);
    }

    @Override
    public String describe() {
        return directory.toString();
    }
}

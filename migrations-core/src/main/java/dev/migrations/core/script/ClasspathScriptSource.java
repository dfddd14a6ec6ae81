package dev.migrations.core.script;

import dev.migrations.core.api.ScriptException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Scripts in a classpath folder, from every classpath root that has it: directories and jars alike (so a
 * packaged application finds its scripts). A file found twice with the same name and content (the same jar on
 * the classpath twice) counts once. Jars without directory entries are searched directly when they belong to a
 * URL class loader or to the application class path.
 */
public final class ClasspathScriptSource implements ScriptSource {

    private final ClassLoader loader;
    private final String folder;

    /**
     * @param loader the class loader to search
     * @param folder the folder, without leading or trailing slash ({@code db/migrations})
     */
    public ClasspathScriptSource(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    @Override
    public List<ScriptFile> files() {
        return read(file -> null).stream().map(Worked::file).toList();
    }

    /** Reads each jar entry and hands it to {@code work} in the same task, so that inflating and working overlap. */
    @Override
    public <T> List<Worked<T>> read(Function<ScriptFile, T> work) {
        List<Worked<T>> files = new ArrayList<>();
        Set<String> jarsRead = new HashSet<>();
        try {
            Set<URL> roots = new LinkedHashSet<>(Collections.list(loader.getResources(folder)));
            roots.addAll(Collections.list(loader.getResources(folder + "/")));
            for (URL root : roots) {
                switch (root.getProtocol()) {
                    case "file" -> readDirectory(root, files, work);
                    case "jar" -> readJar(root, files, jarsRead, work);
                    default -> throw new ScriptException("SCRIPT-014", "Cannot list the classpath folder "
                            + folder + " at " + root + " (protocol " + root.getProtocol() + " is not supported). "
                            + "Package the scripts in a jar or a classes folder.");
                }
            }
            // A jar without directory entries does not answer getResources(folder): look into the jars directly.
            for (Path jar : classpathJars()) {
                if (!jarsRead.contains(jar.toAbsolutePath().normalize().toString())
                        && JarDirectory.mayHoldPrefix(jar, folder + "/") && !readInOnePiece(jar, files, work)) {
                    try (JarFile file = new JarFile(jar.toFile())) {
                        readEntries(file, files, work);
                    }
                }
            }
        } catch (IOException e) {
            throw new ScriptException("SCRIPT-014", "Cannot read the classpath folder " + folder + ": "
                    + e.getMessage() + ".", e);
        }
        files.sort(Comparator.comparing((Worked<T> w) -> w.file().fileName())
                .thenComparing(w -> w.file().location()));
        return deduplicate(files);
    }

    /**
     * The jar files of the class loader chain (URL class loaders, and the application class path). Only those
     * whose directory names an entry in the folder are opened ({@link JarDirectory}).
     */
    private List<Path> classpathJars() {
        Set<Path> jars = new LinkedHashSet<>();
        for (ClassLoader at = loader; at != null; at = at.getParent()) {
            if (at instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if (url.getProtocol().equals("file") && url.getPath().endsWith(".jar")) {
                        try {
                            jars.add(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException ignored) {
                            // not a plain file: the resource lookup above already covered what it can
                        }
                    }
                }
            }
            if (at == ClassLoader.getSystemClassLoader()) {
                for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    if (entry.endsWith(".jar")) {
                        jars.add(Path.of(entry));
                    }
                }
            }
        }
        return jars.stream().filter(Files::isRegularFile).toList();
    }

    private <T> void readDirectory(URL root, List<Worked<T>> files, Function<ScriptFile, T> work) {
        try {
            DirectoryScriptSource directory = new DirectoryScriptSource(Path.of(root.toURI()));
            List<ScriptFile> found = directory.files().stream().map(file -> new ScriptFile("classpath:" + folder
                    + "/" + file.fileName() + " (" + file.location() + ")", file.fileName(), file.bytes())).toList();
            files.addAll(new ListedFiles(found).read(work));
        } catch (URISyntaxException e) {
            throw new ScriptException("SCRIPT-014", "Cannot read the classpath folder " + root + ": "
                    + e.getMessage() + ".", e);
        }
    }

    private <T> void readJar(URL root, List<Worked<T>> files, Set<String> jarsRead, Function<ScriptFile, T> work)
            throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new ScriptException("SCRIPT-014", "Cannot list the classpath folder " + root + ".");
        }
        Path path = plainJar(jarConnection.getJarFileURL());
        if (path != null && readInOnePiece(path, files, work)) {
            jarsRead.add(path.toAbsolutePath().normalize().toString());
            return;
        }
        jarConnection.setUseCaches(false);
        try (JarFile jar = jarConnection.getJarFile()) {
            jarsRead.add(Path.of(jar.getName()).toAbsolutePath().normalize().toString());
            readEntries(jar, files, work);
        }
    }

    /** The jar file a {@code jar:} URL points into, when it is a plain file; {@code null} otherwise (nested jars). */
    private static Path plainJar(URL jar) {
        try {
            return jar.getProtocol().equals("file") ? Path.of(jar.toURI()) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads the folder of a jar through {@link JarScripts}; {@code false} when the JDK must read it instead. */
    private <T> boolean readInOnePiece(Path jar, List<Worked<T>> files, Function<ScriptFile, T> work) {
        Optional<List<Worked<T>>> read = JarScripts.read(jar, folder + "/", jar.toString(), work);
        read.ifPresent(files::addAll);
        return read.isPresent();
    }

    private <T> void readEntries(JarFile jar, List<Worked<T>> files, Function<ScriptFile, T> work)
            throws IOException {
        String prefix = folder + "/";
        List<JarEntry> scripts = new ArrayList<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(prefix) || !name.endsWith(".sql")
                    || name.indexOf('/', prefix.length()) >= 0) {
                continue;
            }
            scripts.add(entry);
        }
        // inflating the entries is most of reading them: share it with the common fork-join pool, and let each
        // task work on its file (parse it) right away
        Object[] read = new Object[scripts.size()];
        IntStream.range(0, scripts.size()).parallel().forEach(i -> {
            JarEntry entry = scripts.get(i);
            try (InputStream in = jar.getInputStream(entry)) {
                String name = entry.getName();
                ScriptFile file = new ScriptFile("classpath:" + name + " (" + jar.getName() + ")",
                        name.substring(prefix.length()), readEntry(in, entry.getSize()));
                read[i] = new Worked<>(file, work.apply(file));
            } catch (IOException | RuntimeException e) {
                read[i] = e;
            }
        });
        for (Object entry : read) {
            if (entry instanceof IOException e) {
                throw e;
            }
            if (entry instanceof RuntimeException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            Worked<T> worked = (Worked<T>) entry;
            files.add(worked);
        }
    }

    /**
     * An entry's content. Its size is known from the jar's directory, so it is read in one piece instead of in
     * growing buffers; an entry longer than announced is still read whole.
     */
    private static byte[] readEntry(InputStream in, long size) throws IOException {
        if (size < 0 || size > Integer.MAX_VALUE - 16) {
            return in.readAllBytes();
        }
        byte[] bytes = in.readNBytes((int) size);
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        byte[] rest = in.readAllBytes();
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = (byte) next;
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    /** Drops a file whose name and content an earlier file has; compares contents only within one name. */
    private static <T> List<Worked<T>> deduplicate(List<Worked<T>> files) {
        List<Worked<T>> unique = new ArrayList<>();
        Map<String, List<byte[]>> contents = new HashMap<>();
        for (Worked<T> worked : files) {
            ScriptFile file = worked.file();
            List<byte[]> same = contents.get(file.fileName());
            if (same == null) {
                same = new ArrayList<>(1);
                contents.put(file.fileName(), same);
            }
            boolean seen = false;
            for (byte[] bytes : same) {
                seen |= Arrays.equals(bytes, file.bytes());
            }
            if (!seen) {
                same.add(file.bytes());
                unique.add(worked);
            }
        }
        return unique;
    }

    /** Files already read, for the default {@link ScriptSource#read(Function)}. */
    private record ListedFiles(List<ScriptFile> files) implements ScriptSource {

        @Override
        public Optional<Path> writableDirectory() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "";
        }
    }

    @Override
    public Optional<Path> writableDirectory() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "classpath:" + folder;
    }
}

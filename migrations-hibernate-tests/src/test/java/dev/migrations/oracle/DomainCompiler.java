package dev.migrations.oracle;

import dev.migrations.model.ModelJson;
import jakarta.persistence.Entity;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a directory of entity sources in-process with javac and the migrations processor, the way a user's
 * build does, and hands back what the processor captured together with the compiled classes.
 *
 * <pre>{@code
 * CompiledDomain shop = DomainCompiler.compile(Path.of("src/test/resources/domain/shop"), Naming.JPA,
 *         Files.createTempDirectory("shop"));
 * shop.model().table("customers");          // what the processor wrote to model.json
 * shop.entityClasses();                      // the @Entity classes, loaded from the compiled output
 * }</pre>
 *
 * <p>The compile classpath holds the JPA, Bean Validation, Hibernate and Hibernate Validator annotation jars,
 * so domains may use any of them. The processor is found through its {@code META-INF/services} entry, as javac finds it.
 */
public final class DomainCompiler {

    /** Where the processor writes the model, relative to the class output. */
    public static final String MODEL_RESOURCE = "META-INF/migrations/model.json";

    private DomainCompiler() {
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoot} into {@code outputDirectory} with the processor
     * running in the given naming mode.
     *
     * @throws IllegalStateException when javac reports an error or the processor wrote no model; the message
     *                               lists javac's diagnostics
     */
    public static CompiledDomain compile(Path sourceRoot, Naming naming, Path outputDirectory) {
        List<String> options = List.of("-Amigrations.naming=" + naming.option());
        return compile(sourceRoot, options, outputDirectory, migrationsProcessors());
    }

    /**
     * Compiles with explicit javac options and processors; an empty processor list compiles without any.
     * The model is read only when a processor ran.
     */
    public static CompiledDomain compile(Path sourceRoot, List<String> extraOptions, Path outputDirectory,
                                         List<Processor> processors) {
        List<Path> sources = javaSources(sourceRoot);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(
                    "-d", outputDirectory.toString(),
                    "-classpath", compileClasspath(),
                    "-encoding", "UTF-8",
                    "--release", "17",
                    "-nowarn"));
            if (processors.isEmpty()) {
                options.add("-proc:none");
            }
            options.addAll(extraOptions);
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (!processors.isEmpty()) {
                task.setProcessors(processors);
            }
            boolean ok = task.call();
            if (!ok) {
                throw new IllegalStateException("javac failed on " + sourceRoot + ":\n" + describe(diagnostics));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(sourceRoot, outputDirectory, !processors.isEmpty(), diagnostics);
    }

    /** The processors the migrations processor jar registers, instantiated fresh for one compilation. */
    public static List<Processor> migrationsProcessors() {
        List<Processor> found = new ArrayList<>();
        for (Processor p : ServiceLoader.load(Processor.class, DomainCompiler.class.getClassLoader())) {
            if (p.getClass().getName().startsWith("dev.migrations.")) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no migrations annotation processor is registered in "
                    + "META-INF/services/javax.annotation.processing.Processor on the test classpath; "
                    + "build it with: mvn -B -pl migrations-processor -am install -DskipTests");
        }
        return found;
    }

    /** The compile classpath: the jars of the annotations a domain may use. */
    public static String compileClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> marker : List.of(Entity.class, jakarta.validation.constraints.NotNull.class,
                org.hibernate.annotations.Check.class,
                org.hibernate.validator.constraints.Length.class)) {
            entries.add(locationOf(marker));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    private static List<Path> javaSources(Path sourceRoot) {
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no .java files under " + sourceRoot.toAbsolutePath());
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompiledDomain load(Path sourceRoot, Path out, boolean withModel,
                                       DiagnosticCollector<JavaFileObject> diagnostics) {
        String json = null;
        dev.migrations.model.Schema model = null;
        if (withModel) {
            Path modelFile = out.resolve(MODEL_RESOURCE);
            if (!Files.isRegularFile(modelFile)) {
                throw new IllegalStateException("the processor wrote no " + MODEL_RESOURCE + " for " + sourceRoot
                        + ":\n" + describe(diagnostics));
            }
            try {
                json = Files.readString(modelFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            model = ModelJson.read(modelFile.toString(), json);
        }
        ClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, DomainCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> entities = new ArrayList<>();
        for (String className : classNames(out)) {
            try {
                Class<?> type = Class.forName(className, false, loader);
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("compiled class " + className + " cannot be loaded", e);
            }
        }
        entities.sort(Comparator.comparing(Class::getName));
        return new CompiledDomain(model, json, out, loader, entities);
    }

    private static List<String> classNames(Path out) {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> out.relativize(p).toString())
                    .map(s -> s.substring(0, s.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":"
                        + d.getLineNumber() + " ") + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}

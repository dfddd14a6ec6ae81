package dev.migrations.processor;

import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Captures the schema of the JPA entities being compiled into {@code META-INF/migrations/model.json}, the
 * schema Hibernate ORM 7 would create for them.
 *
 * <p>Add it to the compiler's annotation processor path; it runs with every compilation:
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path>
 *     <groupId>dev.migrations</groupId>
 *     <artifactId>migrations-processor</artifactId>
 *     <version>${migrations.version}</version>
 *   </path>
 * </annotationProcessorPaths>
 * <compilerArgs><arg>-Amigrations.naming=snake_case</arg></compilerArgs>
 * }</pre>
 *
 * <p>Each round only collects the names of entity, embeddable, mapped-superclass and converter classes; when
 * processing is over the whole model is built from them and from the names a previous compilation recorded in
 * {@code META-INF/migrations/model-types} (so a partial recompilation still describes every entity), and both
 * resources are written once. A mapping that cannot be captured is a compile error with a {@code [PROC-nnn]}
 * id on the offending element; nothing is written then.
 */
public final class MigrationsProcessor extends AbstractProcessor {

    /** Where the model is written, relative to the class output. */
    public static final String MODEL_RESOURCE = "META-INF/migrations/model.json";
    /** The classes the model was built from, one qualified name per line, for partial recompilation. */
    public static final String TYPES_RESOURCE = "META-INF/migrations/model-types";

    private static final List<String> MODEL_ANNOTATIONS = List.of("Entity", "Embeddable", "MappedSuperclass",
            "Converter");

    private final Set<String> roundTypes = new TreeSet<>();
    private final Set<String> previousTypes = new TreeSet<>();
    /** The top-level classes of the sources being compiled whose elements carry {@code @RenamedFrom}. */
    private final Set<String> hintedTypes = new TreeSet<>();
    private boolean previousRead;
    private boolean failed;
    private Naming naming;
    /** Reads the annotations of the root elements while the rounds collect names. */
    private Annotations collecting;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        collecting = new Annotations();
        String option = env.getOptions().get(Naming.OPTION);
        naming = Naming.fromOption(option);
        if (naming == null) {
            failed = true;
            env.getMessager().printMessage(Diagnostic.Kind.ERROR, "[" + ErrorId.BAD_OPTION.code() + "] "
                    + "-A" + Naming.OPTION + "=" + option + " is not a naming strategy. Use -A" + Naming.OPTION
                    + "=jpa (Hibernate's default) or -A" + Naming.OPTION + "=snake_case (Spring Boot's) in the"
                    + " maven-compiler-plugin <compilerArgs>.");
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // every round, so that a recompiled enum or converter alone still refreshes the model
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Naming.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (failed) {
            return false;
        }
        try {
            if (!previousRead) {
                previousRead = true;
                readPreviousTypes();
            }
            for (Element e : round.getRootElements()) {
                collect(e);
            }
            collectHints(round);
            if (round.processingOver() && !round.errorRaised()) {
                writeModel();
            }
        } catch (Throwable e) {
            // the JVM is unusable after these; everything else (a deep recursion included) is the processor's
            // own failure and must end as a diagnostic, never as a javac crash
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e;
            }
            failed = true;
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, internalError(e));
        }
        return false;
    }

    /** The diagnostic for a failure of the processor itself. */
    static String internalError(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return "[" + ErrorId.INTERNAL.code() + "] migrations-processor failed: " + e + where + ". Please report"
                + " it with the entity that triggers it; meanwhile leave the attribute out with @Transient.";
    }

    private void collect(Element e) {
        if (e instanceof TypeElement type) {
            if (isModelType(collecting, type)) {
                roundTypes.add(type.getQualifiedName().toString());
            }
            for (Element nested : type.getEnclosedElements()) {
                collect(nested);
            }
        }
    }

    /** Remembers where {@code @RenamedFrom} is used, so that a hint with no effect can be reported at the end. */
    private void collectHints(RoundEnvironment round) {
        TypeElement hint = processingEnv.getElementUtils().getTypeElement(RenameHints.RENAMED_FROM);
        if (hint == null) {
            return;
        }
        for (Element e : round.getElementsAnnotatedWith(hint)) {
            Element type = e instanceof TypeElement ? e : e.getEnclosingElement();
            if (type instanceof TypeElement t) {
                hintedTypes.add(t.getQualifiedName().toString());
            }
        }
    }

    private static boolean isModelType(Annotations annotations, TypeElement type) {
        for (String annotation : MODEL_ANNOTATIONS) {
            if (annotations.hasJpa(type, annotation)) {
                return true;
            }
        }
        return false;
    }

    private void readPreviousTypes() {
        try {
            FileObject previous = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "",
                    TYPES_RESOURCE);
            for (String line : previous.getCharContent(true).toString().split("\n")) {
                if (!line.isBlank()) {
                    previousTypes.add(line.strip());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            // no previous compilation output: a full build
        }
    }

    /** The model the previous compilation wrote, or an empty one (a full build, or one it cannot read). */
    private Schema previousModel() {
        try {
            FileObject previous = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "",
                    MODEL_RESOURCE);
            return ModelJson.read(MODEL_RESOURCE, previous.getCharContent(true).toString());
        } catch (IOException | RuntimeException e) {
            // no previous output, or one this release does not read: nothing to keep
            return Schema.empty();
        }
    }

    private void writeModel() {
        if (roundTypes.isEmpty() && previousTypes.isEmpty()) {
            return;
        }
        Set<String> names = new TreeSet<>(previousTypes);
        names.addAll(roundTypes);
        List<TypeElement> entities = new ArrayList<>();
        Set<String> kept = new TreeSet<>();
        Converters converters = new Converters(processingEnv.getTypeUtils());
        Annotations annotations = new Annotations();
        for (String name : names) {
            // a name that no longer resolves, or no longer carries a JPA annotation, was deleted
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type == null || !isModelType(annotations, type)) {
                continue;
            }
            kept.add(name);
            if (annotations.hasJpa(type, "Entity")) {
                entities.add(type);
            }
            annotations.jpa(type, "Converter").filter(c -> annotations.bool(c, "autoApply"))
                    .ifPresent(c -> converters.addAutoApplied(type));
        }
        Messager messager = processingEnv.getMessager();
        boolean[] errors = {false};
        // an element other attributes refer to fails once for each of them: say it once
        Set<List<Object>> reported = new HashSet<>();
        RenameHints renames = new RenameHints(annotations, w -> {
            if (reported.add(List.of(w.element(), w.id(), w.getMessage()))) {
                messager.printMessage(Diagnostic.Kind.WARNING, w.getMessage(), w.element(), w.annotation());
            }
        }, roundTypes, previousModel());
        ModelBuilder builder = new ModelBuilder(annotations, processingEnv.getTypeUtils(),
                processingEnv.getElementUtils(), naming, converters, e -> {
                    errors[0] = true;
                    if (!reported.add(List.of(e.element(), e.id()))) {
                        return;
                    }
                    if (e.annotation() != null) {
                        messager.printMessage(Diagnostic.Kind.ERROR, e.getMessage(), e.element(), e.annotation());
                    } else {
                        messager.printMessage(Diagnostic.Kind.ERROR, e.getMessage(), e.element());
                    }
                }, renames);
        Schema schema = builder.build(entities);
        if (errors[0]) {
            return;
        }
        reportUnusedHints(annotations, renames);
        write(MODEL_RESOURCE, ModelJson.write(schema), entities);
        write(TYPES_RESOURCE, String.join("\n", kept) + "\n", entities);
    }

    /** A {@code @RenamedFrom} the model never read is misplaced: a warning on it, the model is still written. */
    private void reportUnusedHints(Annotations annotations, RenameHints renames) {
        for (String name : hintedTypes) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type == null) {
                continue;
            }
            List<Element> candidates = new ArrayList<>(type.getEnclosedElements());
            candidates.add(0, type);
            for (Element e : candidates) {
                if (annotations.has(e, RenameHints.RENAMED_FROM) && !renames.wasRead(e)) {
                    MappingException w = renames.unused(e);
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, w.getMessage(), e,
                            w.annotation());
                }
            }
        }
    }

    private void write(String resource, String text, List<TypeElement> origins) {
        Filer filer = processingEnv.getFiler();
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", resource,
                    origins.toArray(new Element[0]));
            try (Writer w = file.openWriter()) {
                w.write(text);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[" + ErrorId.IO.code() + "] Cannot"
                    + " write " + resource + ": " + e.getMessage() + ". Check that the class output directory"
                    + " (target/classes) is writable, then run mvn clean compile.");
        }
    }
}

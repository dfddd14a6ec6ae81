package dev.migrations.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where autogenerate and {@code check} read the entity model ({@code model.json}, written by the
 * {@code migrations-processor} annotation processor at compile time): a file, as the Maven goals do, or a classpath
 * resource, as an application does at runtime.
 *
 * <pre>{@code
 * ModelSource compiled = ModelSource.file(Path.of("target/classes/META-INF/migrations/model.json"));
 * ModelSource packaged = ModelSource.classpath();      // META-INF/migrations/model.json
 * }</pre>
 *
 * @param file     the file, or {@code null} for a classpath resource
 * @param resource the classpath resource, or {@code null} for a file
 */
public record ModelSource(Path file, String resource) {

    /** The resource the annotation processor writes. */
    public static final String DEFAULT_RESOURCE = "META-INF/migrations/model.json";

    public ModelSource {
        if ((file == null) == (resource == null)) {
            throw new IllegalArgumentException("a model source is either a file or a classpath resource");
        }
    }

    /** The model in a file ({@code ${project.build.outputDirectory}/META-INF/migrations/model.json}). */
    public static ModelSource file(Path file) {
        return new ModelSource(Objects.requireNonNull(file, "file"), null);
    }

    /** The model in the classpath resource {@value #DEFAULT_RESOURCE}. */
    public static ModelSource classpath() {
        return new ModelSource(null, DEFAULT_RESOURCE);
    }

    /** The model in another classpath resource. */
    public static ModelSource classpath(String resource) {
        return new ModelSource(null, Objects.requireNonNull(resource, "resource").replaceAll("^/+", ""));
    }

    /** For messages: the file's path or {@code classpath:<resource>}. */
    public String describe() {
        return file != null ? file.toString() : "classpath:" + resource;
    }
}

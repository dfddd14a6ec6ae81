package dev.migrations.core.autogenerate;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.api.ModelSource;
import dev.migrations.model.ModelFormatException;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Reads the entity model the annotation processor wrote. A missing model almost always means the processor is not
 * configured or the project was not compiled since, so the message says how to fix both.
 *
 * <pre>{@code
 * Schema model = ModelLoader.load(ModelSource.classpath(), getClass().getClassLoader());
 * }</pre>
 */
public final class ModelLoader {

    private static final String HOW_TO_PRODUCE = "The annotation processor dev.migrations:migrations-processor "
            + "writes it when the entities are compiled: add it to the maven-compiler-plugin's "
            + "<annotationProcessorPaths> (see docs/processor.md), then run mvn compile.";

    private ModelLoader() {
    }

    /**
     * @throws AutogenerateException {@code AUTOGEN-001} when there is no model, {@code AUTOGEN-002} when it
     *                               cannot be read
     */
    public static Schema load(ModelSource source, ClassLoader loader) {
        String json = source.file() != null ? readFile(source) : readResource(source, loader);
        try {
            return ModelJson.read(source.describe(), json);
        } catch (ModelFormatException e) {
            throw new AutogenerateException("AUTOGEN-002", "The entity model " + source.describe()
                    + " cannot be read: " + e.getMessage() + " It is written by the annotation processor: rebuild it "
                    + "with mvn clean compile, using the same version of migrations-processor as of the plugin.", e);
        }
    }

    private static String readFile(ModelSource source) {
        try {
            return Files.readString(source.file(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw missing(source);
        } catch (IOException e) {
            throw new AutogenerateException("AUTOGEN-002", "The entity model " + source.describe()
                    + " cannot be read: " + e.getMessage() + ". Check the file's permissions, or rebuild it with "
                    + "mvn clean compile.", e);
        }
    }

    private static String readResource(ModelSource source, ClassLoader loader) {
        ClassLoader from = loader != null ? loader : ModelLoader.class.getClassLoader();
        try (InputStream in = from.getResourceAsStream(source.resource())) {
            if (in == null) {
                throw missing(source);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AutogenerateException("AUTOGEN-002", "The entity model " + source.describe()
                    + " cannot be read: " + e.getMessage() + ". Rebuild the application with mvn clean package.", e);
        }
    }

    private static AutogenerateException missing(ModelSource source) {
        return new AutogenerateException("AUTOGEN-001", "There is no entity model at " + source.describe() + ". "
                + HOW_TO_PRODUCE);
    }
}

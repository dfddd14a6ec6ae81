package dev.migrations.oracle;

import dev.migrations.model.Schema;
import java.nio.file.Path;
import java.util.List;

/**
 * A domain compiled with the processor: what the processor captured and the classes javac produced.
 *
 * @param model            the schema read from the produced {@code META-INF/migrations/model.json}
 * @param modelJson        the produced JSON text, as written
 * @param classesDirectory where javac wrote the classes and the model
 * @param classLoader      a loader over the compiled classes (parent: the test's loader, so JPA types are shared)
 * @param entityClasses    the {@code @Entity} classes, sorted by name
 */
public record CompiledDomain(Schema model, String modelJson, Path classesDirectory, ClassLoader classLoader,
                             List<Class<?>> entityClasses) {

    public CompiledDomain {
        entityClasses = List.copyOf(entityClasses);
    }
}

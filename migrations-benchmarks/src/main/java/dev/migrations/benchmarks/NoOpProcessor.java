package dev.migrations.benchmarks;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Does nothing, for the same annotation types as the migrations processor ({@code *}, every round):
 * compiling with it measures what javac's annotation processing machinery costs by itself, so the migrations
 * processor's own share can be told apart.
 */
@SupportedAnnotationTypes("*")
final class NoOpProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        return false;
    }
}

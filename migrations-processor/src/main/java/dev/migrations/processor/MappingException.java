package dev.migrations.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A mapping the processor cannot capture. It carries a stable id and the element (and annotation) to blame, so
 * that {@link MigrationsProcessor} reports it as a compile error on the right line and abandons that type only.
 */
final class MappingException extends RuntimeException {

    private final ErrorId id;
    private final transient Element element;
    private final transient AnnotationMirror annotation;

    MappingException(ErrorId id, Element element, AnnotationMirror annotation, String message) {
        super("[" + id.code() + "] " + message);
        this.id = id;
        this.element = element;
        this.annotation = annotation;
    }

    MappingException(ErrorId id, Element element, String message) {
        this(id, element, null, message);
    }

    ErrorId id() {
        return id;
    }

    Element element() {
        return element;
    }

    AnnotationMirror annotation() {
        return annotation;
    }
}

package dev.migrations.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: a field or a getter, with its type as seen from the class that uses it (type
 * variables of a generic mapped superclass resolved).
 *
 * @param name      the attribute name ({@code email} for {@code getEmail()})
 * @param member    the field or getter that carries the annotations
 * @param type      the attribute type
 * @param declaring the class that declares the member
 */
record Attribute(String name, Element member, TypeMirror type, TypeElement declaring) {

    /** {@code com.acme.User#email}. */
    String origin() {
        return declaring.getQualifiedName() + "#" + name;
    }
}

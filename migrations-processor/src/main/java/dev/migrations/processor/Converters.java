package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The {@code AttributeConverter}s in the compiled sources: which Java type each auto-applies to, and the
 * database type each writes ({@code AttributeConverter<X, Y>}'s {@code Y}).
 */
final class Converters {

    private static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";

    private final Types types;
    private final Map<String, TypeElement> autoApplied = new TreeMap<>();

    Converters(Types types) {
        this.types = types;
    }

    /** Registers an {@code @Converter(autoApply = true)} class. */
    void addAutoApplied(TypeElement converter) {
        List<? extends TypeMirror> args = converterArguments(converter);
        if (args != null && args.get(0).getKind() == TypeKind.DECLARED) {
            autoApplied.putIfAbsent(types.erasure(args.get(0)).toString(), converter);
        }
    }

    /** The auto-applied converter for an attribute type, or {@code null}. */
    TypeElement autoApplied(TypeMirror attributeType) {
        TypeMirror t = attributeType.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType)
                attributeType).asType() : attributeType;
        if (t.getKind() != TypeKind.DECLARED) {
            return null;
        }
        return autoApplied.get(types.erasure(t).toString());
    }

    /** The converter's database type {@code Y}, or a compile error when it cannot be told. */
    TypeMirror databaseType(TypeElement converter, Element blame) {
        List<? extends TypeMirror> args = converterArguments(converter);
        if (args == null || args.size() != 2 || args.get(1).getKind() == TypeKind.TYPEVAR
                || args.get(1).getKind() == TypeKind.WILDCARD || args.get(1).getKind() == TypeKind.ERROR) {
            throw new MappingException(ErrorId.CONVERTER_TYPE, blame, "The database type of converter "
                    + converter.getQualifiedName() + " cannot be told: it must implement"
                    + " AttributeConverter<X, Y> with a concrete Y. Declare the type arguments on the converter,"
                    + " or give the column type with @Column(columnDefinition = \"...\").");
        }
        return args.get(1);
    }

    /** The type arguments of {@code AttributeConverter} as the converter implements it, or {@code null}. */
    private List<? extends TypeMirror> converterArguments(TypeElement converter) {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        pending.add(converter.asType());
        while (!pending.isEmpty()) {
            TypeMirror t = pending.poll();
            if (t instanceof DeclaredType d
                    && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
                return d.getTypeArguments().isEmpty() ? null : d.getTypeArguments();
            }
            pending.addAll(types.directSupertypes(t));
        }
        return null;
    }

    /**
     * The check Hibernate derives from one of its own boolean converters, or {@code null}. Hibernate learns it
     * by calling the converter; these are known by name, while a user's converter is never run here.
     */
    static Function<String, CheckCondition> builtInCheck(TypeElement converter) {
        return switch (converter.getQualifiedName().toString()) {
            case "org.hibernate.type.YesNoConverter" -> column -> new CheckCondition.InValues(column, List.of("N", "Y"));
            case "org.hibernate.type.TrueFalseConverter" ->
                    column -> new CheckCondition.InValues(column, List.of("F", "T"));
            case "org.hibernate.type.NumericBooleanConverter" ->
                    column -> new CheckCondition.InValues(column, List.of("0", "1"));
            default -> null;
        };
    }
}

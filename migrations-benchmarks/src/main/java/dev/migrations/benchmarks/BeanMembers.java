package dev.migrations.benchmarks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the members a persistent class has besides its fields, in the style an IDE generates them: the
 * protected no-argument constructor JPA requires, a public constructor taking the required attributes, a getter
 * and a setter for every attribute, {@code equals}/{@code hashCode} and {@code toString}.
 *
 * <pre>{@code
 * String members = BeanMembers.of("Order", attributes, Equality.ON_ID);
 * }</pre>
 */
final class BeanMembers {

    /** What {@code equals} and {@code hashCode} compare. */
    enum Equality {
        /** The identifier only, as entities do: two instances are equal once they have the same id. */
        ON_ID,
        /** Every attribute, as embeddable value objects do. */
        ON_ALL
    }

    /**
     * One attribute of a persistent class.
     *
     * @param type its Java type as written in the source
     * @param name its field name
     * @param required whether the public constructor takes it
     * @param shownAs how {@code toString} shows it: a Java expression, or {@code null} to leave it out (lazy
     *     associations, which {@code toString} must not load)
     */
    record Attribute(String type, String name, boolean required, String shownAs) {
    }

    private BeanMembers() {
    }

    static String of(String className, List<Attribute> attributes, Equality equality) {
        StringBuilder s = new StringBuilder();
        s.append("    protected ").append(className).append("() {\n    }\n\n");
        List<Attribute> required = attributes.stream().filter(Attribute::required).toList();
        if (!required.isEmpty()) {
            s.append("    public ").append(className).append('(')
                    .append(required.stream().map(a -> a.type() + ' ' + a.name()).collect(Collectors.joining(", ")))
                    .append(") {\n");
            for (Attribute a : required) {
                s.append("        this.").append(a.name()).append(" = ").append(a.name()).append(";\n");
            }
            s.append("    }\n\n");
        }
        for (Attribute a : attributes) {
            s.append("    public ").append(a.type()).append(' ').append(getter(a)).append("() {\n        return ")
                    .append(a.name()).append(";\n    }\n\n");
            s.append("    public void set").append(capitalized(a.name())).append('(').append(a.type()).append(' ')
                    .append(a.name()).append(") {\n        this.").append(a.name()).append(" = ").append(a.name())
                    .append(";\n    }\n\n");
        }
        s.append(equality == Equality.ON_ID ? equalsOnId(className) : equalsOnAll(className, attributes));
        s.append(toStringOf(className, attributes));
        return s.toString();
    }

    private static String getter(Attribute a) {
        return (a.type().equals("boolean") ? "is" : "get") + capitalized(a.name());
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String equalsOnId(String className) {
        return """
                    @Override
                    public boolean equals(Object o) {
                        if (this == o) {
                            return true;
                        }
                        if (!(o instanceof %s other)) {
                            return false;
                        }
                        return id != null && id.equals(other.id);
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hashCode(id);
                    }

                """.formatted(className);
    }

    private static String equalsOnAll(String className, List<Attribute> attributes) {
        String compared = attributes.stream().map(a -> "Objects.equals(" + a.name() + ", other." + a.name() + ")")
                .collect(Collectors.joining("\n                && "));
        String hashed = attributes.stream().map(Attribute::name).collect(Collectors.joining(", "));
        return """
                    @Override
                    public boolean equals(Object o) {
                        if (this == o) {
                            return true;
                        }
                        if (!(o instanceof %s other)) {
                            return false;
                        }
                        return %s;
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hash(%s);
                    }

                """.formatted(className, compared, hashed);
    }

    private static String toStringOf(String className, List<Attribute> attributes) {
        StringBuilder s = new StringBuilder("    @Override\n    public String toString() {\n        return \"")
                .append(className).append("{\" +\n");
        String separator = "";
        for (Attribute a : attributes) {
            if (a.shownAs() == null) {
                continue;
            }
            boolean quoted = a.type().equals("String");
            s.append("                \"").append(separator).append(a.name()).append(quoted ? "='\" + " : "=\" + ")
                    .append(a.shownAs()).append(quoted ? " + '\\'' +\n" : " +\n");
            separator = ", ";
        }
        return s.append("                '}';\n    }\n").toString();
    }
}

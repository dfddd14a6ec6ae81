package dev.migrations.benchmarks;

import dev.migrations.benchmarks.BeanMembers.Attribute;
import dev.migrations.benchmarks.BeanMembers.Equality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of JPA entities as Java sources: packages of related entities with a mix of basic columns,
 * enums, embeddables, many-to-one relationships, many-to-many join tables, element collections, indexes and
 * unique constraints, and every identifier strategy. In the {@link Style#REALISTIC} style every class also has
 * what real persistent classes have (constructors, getters and setters, {@code equals}/{@code hashCode},
 * {@code toString}); {@link Style#FIELDS_ONLY} writes the same classes with their fields alone. The same seed
 * writes the same sources, and both styles draw the same mapping from it.
 *
 * <pre>{@code
 * List<Path> sources = EntityCorpus.write(Files.createTempDirectory("corpus"), 1000, 42L, EntityCorpus.Style.REALISTIC);
 * }</pre>
 */
public final class EntityCorpus {

    /** Entities per package: each package is a small bounded context with its own enum and embeddable. */
    private static final int PER_PACKAGE = 25;

    private static final String[][] BASICS = {
            {"String", "name"}, {"String", "code"}, {"String", "description"}, {"int", "quantity"},
            {"long", "counter"}, {"Integer", "rank"}, {"Long", "externalId"}, {"boolean", "active"},
            {"Boolean", "archived"}, {"java.math.BigDecimal", "amount"}, {"java.time.LocalDate", "validFrom"},
            {"java.time.LocalDateTime", "updatedAt"}, {"java.time.Instant", "createdAt"},
            {"java.time.OffsetDateTime", "publishedAt"}, {"java.util.UUID", "reference"}, {"double", "ratio"},
            {"float", "score"}, {"short", "priority"}, {"byte[]", "checksum"}, {"char", "flag"},
    };

    /** What each class holds besides its mapped fields. */
    public enum Style {
        /**
         * What real persistent classes hold: the protected no-argument constructor JPA requires, a public
         * constructor taking the required attributes, a getter and a setter for every attribute,
         * {@code equals}/{@code hashCode} (on the id for entities, on every attribute for embeddables) and a
         * {@code toString}; the enum has a code, a label and a lookup by code.
         */
        REALISTIC,
        /** The mapped fields and nothing else, and a bare enum: the smallest sources that map the same tables. */
        FIELDS_ONLY
    }

    private EntityCorpus() {
    }

    /**
     * Writes {@code count} entities (plus one enum and one embeddable per package) under {@code root}.
     *
     * @return the written source files, sorted
     */
    public static List<Path> write(Path root, int count, long seed, Style style) throws IOException {
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        int packages = (count + PER_PACKAGE - 1) / PER_PACKAGE;
        for (int p = 0; p < packages; p++) {
            String pkg = "bench.context" + p;
            Path dir = Files.createDirectories(root.resolve("bench").resolve("context" + p));
            files.add(write(dir.resolve("Status.java"), enumSource(pkg, style)));
            files.add(write(dir.resolve("Address.java"), embeddableSource(pkg, style)));
            int first = p * PER_PACKAGE;
            int last = Math.min(count, first + PER_PACKAGE);
            for (int e = first; e < last; e++) {
                files.add(write(dir.resolve(entityName(e) + ".java"),
                        entitySource(pkg, e, first, last, random, style)));
            }
        }
        files.sort(null);
        return files;
    }

    private static Path write(Path file, String source) throws IOException {
        return Files.writeString(file, source);
    }

    static String entityName(int index) {
        return "Entity" + index;
    }

    private static String enumSource(String pkg, Style style) {
        if (style == Style.FIELDS_ONLY) {
            return "package " + pkg + ";\n\npublic enum Status { NEW, ACTIVE, SUSPENDED, CLOSED }\n";
        }
        return """
                package %s;

                public enum Status {
                    NEW("N", "New"),
                    ACTIVE("A", "Active"),
                    SUSPENDED("S", "Suspended"),
                    CLOSED("C", "Closed");

                    private final String code;
                    private final String label;

                    Status(String code, String label) {
                        this.code = code;
                        this.label = label;
                    }

                    public String getCode() {
                        return code;
                    }

                    public String getLabel() {
                        return label;
                    }

                    public boolean isOpen() {
                        return this != CLOSED;
                    }

                    public static Status fromCode(String code) {
                        for (Status status : values()) {
                            if (status.code.equals(code)) {
                                return status;
                            }
                        }
                        throw new IllegalArgumentException("unknown status code: " + code);
                    }
                }
                """.formatted(pkg);
    }

    private static String embeddableSource(String pkg, Style style) {
        String fields = """
                    private String street;
                    @Column(length = 80)
                    private String city;
                    @Column(length = 20)
                    private String postalCode;
                    @Column(length = 2)
                    private String country;
                """;
        if (style == Style.FIELDS_ONLY) {
            return """
                    package %s;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.Embeddable;

                    @Embeddable
                    public class Address {
                    %s}
                    """.formatted(pkg, fields);
        }
        List<Attribute> attributes = new ArrayList<>();
        for (String name : List.of("street", "city", "postalCode", "country")) {
            attributes.add(new Attribute("String", name, true, name));
        }
        return """
                package %s;

                import jakarta.persistence.Column;
                import jakarta.persistence.Embeddable;
                import java.util.Objects;

                @Embeddable
                public class Address {
                %s
                %s}
                """.formatted(pkg, fields, BeanMembers.of("Address", attributes, Equality.ON_ALL));
    }

    private static String entitySource(String pkg, int index, int first, int last, Random random, Style style) {
        boolean realistic = style == Style.REALISTIC;
        String name = entityName(index);
        StringBuilder body = new StringBuilder();
        List<Attribute> attributes = new ArrayList<>();
        body.append(idSource(index, attributes));
        int basics = 5 + random.nextInt(8);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < basics; i++) {
            String[] basic = BASICS[random.nextInt(BASICS.length)];
            String field = basic[1] + i;
            columns.add(field);
            String annotations = basicAnnotations(basic[0], random);
            body.append(annotations).append("    private ").append(basic[0]).append(' ').append(field)
                    .append(";\n\n");
            boolean required = annotations.contains("@NotNull") || annotations.contains("nullable = false");
            String shownAs = basic[0].equals("byte[]") ? "java.util.Arrays.toString(" + field + ")" : field;
            attributes.add(new Attribute(basic[0], field, required, shownAs));
        }
        body.append("    @Enumerated(EnumType.").append(random.nextBoolean() ? "STRING" : "ORDINAL")
                .append(")\n    private Status status;\n\n");
        // every entity starts in a state, so the public constructor takes it
        attributes.add(new Attribute("Status", "status", true, "status"));
        if (random.nextInt(3) == 0) {
            body.append("    @Embedded\n    private Address address;\n\n");
            attributes.add(new Attribute("Address", "address", false, "address"));
        }
        if (index > first) {
            String parent = entityName(first + random.nextInt(index - first));
            boolean mandatory = random.nextBoolean();
            body.append("    @ManyToOne").append(mandatory ? "(optional = false)" : "")
                    .append("\n    private ").append(parent).append(" parent;\n\n");
            attributes.add(new Attribute(parent, "parent", mandatory, "(parent == null ? null : parent.getId())"));
        }
        if (index + 1 < last && random.nextInt(4) == 0) {
            String type = "java.util.Set<" + entityName(index + 1) + ">";
            body.append("    @ManyToMany\n    private ").append(type).append(" related")
                    .append(realistic ? " = new java.util.HashSet<>()" : "").append(";\n\n");
            attributes.add(new Attribute(type, "related", false, null));
        }
        if (random.nextInt(5) == 0) {
            String type = "java.util.Set<String>";
            body.append("    @ElementCollection\n    private ").append(type).append(" labels")
                    .append(realistic ? " = new java.util.HashSet<>()" : "").append(";\n\n");
            attributes.add(new Attribute(type, "labels", false, null));
        }
        String table = random.nextInt(3) == 0
                ? "@Table(name = \"t_" + name.toLowerCase() + "\", indexes = @Index(name = \"idx_" + index
                  + "\", columnList = \"" + columns.get(0) + " ASC, " + columns.get(1) + " DESC\"),\n"
                  + "        uniqueConstraints = @UniqueConstraint(columnNames = {\"" + columns.get(2) + "\"}))\n"
                : "";
        String imports = realistic ? "import java.util.Objects;\n" : "";
        String members = realistic ? BeanMembers.of(name, attributes, Equality.ON_ID) : "";
        return """
                package %s;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;
                %s
                @Entity
                %spublic class %s {

                %s%s}
                """.formatted(pkg, imports, table, name, body, members);
    }

    private static String idSource(int index, List<Attribute> attributes) {
        String type = index % 4 == 3 ? "java.util.UUID" : "Long";
        attributes.add(new Attribute(type, "id", false, "id"));
        if (index % 4 == 2) {
            attributes.add(new Attribute("int", "version", false, "version"));
        }
        return switch (index % 4) {
            case 0 -> "    @Id\n    @GeneratedValue(strategy = GenerationType.IDENTITY)\n    private Long id;\n\n";
            case 1 -> "    @Id\n    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"seq" + index
                    + "\")\n    @SequenceGenerator(name = \"seq" + index + "\", sequenceName = \"seq_" + index
                    + "\", allocationSize = 20)\n    private Long id;\n\n";
            case 2 -> "    @Id\n    @GeneratedValue\n    private Long id;\n\n    @Version\n    private int version;\n\n";
            default -> "    @Id\n    @GeneratedValue(strategy = GenerationType.UUID)\n    private java.util.UUID id;\n\n";
        };
    }

    private static String basicAnnotations(String type, Random random) {
        StringBuilder s = new StringBuilder();
        if (type.equals("String")) {
            switch (random.nextInt(4)) {
                case 0 -> s.append("    @Column(length = ").append(20 + random.nextInt(200)).append(")\n");
                case 1 -> s.append("    @NotNull\n    @Size(max = 120)\n");
                case 2 -> s.append("    @Column(nullable = false, unique = true, length = 64)\n");
                default -> { }
            }
        } else if (type.equals("java.math.BigDecimal")) {
            s.append("    @Column(precision = 12, scale = 2)\n");
        } else if (type.equals("int") && random.nextBoolean()) {
            s.append("    @Min(0)\n    @Max(1000)\n");
        }
        return s.toString();
    }
}

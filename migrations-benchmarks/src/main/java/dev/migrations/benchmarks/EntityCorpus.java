package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic corpus of JPA entities as Java sources: packages of related entities with a mix of basic
 * columns, enums, embeddables, many-to-one and one-to-many relationships, many-to-many join tables, element
 * collections, indexes and unique constraints, and every identifier strategy. The same seed writes the same
 * sources.
 *
 * <pre>{@code
 * List<Path> sources = EntityCorpus.write(Files.createTempDirectory("corpus"), 1000, 42L);
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

    private EntityCorpus() {
    }

    /**
     * Writes {@code count} entities (plus one enum and one embeddable per package) under {@code root}.
     *
     * @return the written source files, sorted
     */
    public static List<Path> write(Path root, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        int packages = (count + PER_PACKAGE - 1) / PER_PACKAGE;
        for (int p = 0; p < packages; p++) {
            String pkg = "bench.context" + p;
            Path dir = Files.createDirectories(root.resolve("bench").resolve("context" + p));
            files.add(write(dir.resolve("Status.java"), enumSource(pkg)));
            files.add(write(dir.resolve("Address.java"), embeddableSource(pkg)));
            int first = p * PER_PACKAGE;
            int last = Math.min(count, first + PER_PACKAGE);
            for (int e = first; e < last; e++) {
                files.add(write(dir.resolve(entityName(e) + ".java"), entitySource(pkg, e, first, last, random)));
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

    private static String enumSource(String pkg) {
        return "package " + pkg + ";\n\npublic enum Status { NEW, ACTIVE, SUSPENDED, CLOSED }\n";
    }

    private static String embeddableSource(String pkg) {
        return """
                package %s;

                import jakarta.persistence.Column;
                import jakarta.persistence.Embeddable;

                @Embeddable
                public class Address {
                    private String street;
                    @Column(length = 80)
                    private String city;
                    @Column(length = 20)
                    private String postalCode;
                    @Column(length = 2)
                    private String country;
                }
                """.formatted(pkg);
    }

    private static String entitySource(String pkg, int index, int first, int last, Random random) {
        String name = entityName(index);
        StringBuilder body = new StringBuilder();
        body.append(idSource(index));
        int basics = 5 + random.nextInt(8);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < basics; i++) {
            String[] basic = BASICS[random.nextInt(BASICS.length)];
            String field = basic[1] + i;
            columns.add(field);
            body.append(basicSource(basic[0], field, random));
        }
        body.append("    @Enumerated(EnumType.").append(random.nextBoolean() ? "STRING" : "ORDINAL")
                .append(")\n    private Status status;\n\n");
        if (random.nextInt(3) == 0) {
            body.append("    @Embedded\n    private Address address;\n\n");
        }
        if (index > first) {
            String parent = entityName(first + random.nextInt(index - first));
            body.append("    @ManyToOne").append(random.nextBoolean() ? "(optional = false)" : "")
                    .append("\n    private ").append(parent).append(" parent;\n\n");
        }
        if (index + 1 < last && random.nextInt(4) == 0) {
            body.append("    @ManyToMany\n    private java.util.Set<").append(entityName(index + 1))
                    .append("> related;\n\n");
        }
        if (random.nextInt(5) == 0) {
            body.append("    @ElementCollection\n    private java.util.Set<String> labels;\n\n");
        }
        String table = random.nextInt(3) == 0
                ? "@Table(name = \"t_" + name.toLowerCase() + "\", indexes = @Index(name = \"idx_" + index
                  + "\", columnList = \"" + columns.get(0) + " ASC, " + columns.get(1) + " DESC\"),\n"
                  + "        uniqueConstraints = @UniqueConstraint(columnNames = {\"" + columns.get(2) + "\"}))\n"
                : "";
        return """
                package %s;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;

                @Entity
                %spublic class %s {

                %s}
                """.formatted(pkg, table, name, body);
    }

    private static String idSource(int index) {
        return switch (index % 4) {
            case 0 -> "    @Id\n    @GeneratedValue(strategy = GenerationType.IDENTITY)\n    private Long id;\n\n";
            case 1 -> "    @Id\n    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"seq" + index
                    + "\")\n    @SequenceGenerator(name = \"seq" + index + "\", sequenceName = \"seq_" + index
                    + "\", allocationSize = 20)\n    private Long id;\n\n";
            case 2 -> "    @Id\n    @GeneratedValue\n    private Long id;\n\n    @Version\n    private int version;\n\n";
            default -> "    @Id\n    @GeneratedValue(strategy = GenerationType.UUID)\n    private java.util.UUID id;\n\n";
        };
    }

    private static String basicSource(String type, String field, Random random) {
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
        s.append("    private ").append(type).append(' ').append(field).append(";\n\n");
        return s.toString();
    }
}

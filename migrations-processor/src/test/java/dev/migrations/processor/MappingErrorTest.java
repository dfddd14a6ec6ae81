package dev.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class MappingErrorTest {

    private static JavaFileObject entity(String name, String... body) {
        String[] lines = new String[body.length + 6];
        lines[0] = "package com.acme;";
        lines[1] = "import jakarta.persistence.*;";
        lines[2] = "@Entity";
        lines[3] = "public class " + name + " {";
        lines[4] = "    @Id private Long id;";
        System.arraycopy(body, 0, lines, 5, body.length);
        lines[lines.length - 1] = "}";
        return JavaFileObjects.forSourceLines("com.acme." + name, lines);
    }

    @Test
    void anAttributeOfUnknownTypeIsAnErrorOnItsLine() {
        JavaFileObject user = entity("User", "    private java.util.Optional<String> nickname;");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[PROC-002]").inFile(user).onLineContaining("nickname");
        assertThat(compilation).hadErrorContaining("@Transient");
    }

    @Test
    void wrapperByteArraysAreRejectedWithTheFixNamed() {
        JavaFileObject user = entity("User", "    private Byte[] avatar;");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).hadErrorContaining("[PROC-002]").inFile(user).onLineContaining("avatar");
        assertThat(compilation).hadErrorContaining("Use byte[] instead");
    }

    @Test
    void offsetTimeIsRejectedBecauseItsColumnTypeDependsOnTheDatabase() {
        JavaFileObject user = entity("User", "    private java.time.OffsetTime opensAt;");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).hadErrorContaining("[PROC-002]").inFile(user).onLineContaining("opensAt");
    }

    @Test
    void anAttributeOfUnknownTypeIsAcceptedWithAColumnDefinition() {
        JavaFileObject user = entity("User",
                "    @Column(columnDefinition = \"time with time zone\") private java.time.OffsetTime opensAt;");
        assertThat(Fixtures.compile(List.of(user))).succeededWithoutWarnings();
    }

    @Test
    void aConverterWhoseDatabaseTypeIsAVariableIsAnError() {
        JavaFileObject converter = JavaFileObjects.forSourceLines("com.acme.AnyConverter",
                "package com.acme;",
                "import jakarta.persistence.AttributeConverter;",
                "public abstract class AnyConverter<T> implements AttributeConverter<String, T> {",
                "}");
        JavaFileObject user = entity("User",
                "    @Convert(converter = AnyConverter.class)",
                "    private String nickname;");
        Compilation compilation = Fixtures.compile(List.of(converter, user));
        assertThat(compilation).hadErrorContaining("[PROC-003]").inFile(user).onLineContaining("nickname");
    }

    @Test
    void anEntityWithoutIdentifierIsAnErrorOnTheClass() {
        JavaFileObject note = JavaFileObjects.forSourceLines("com.acme.Note",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Note {",
                "    private String text;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(note));
        assertThat(compilation).hadErrorContaining("[PROC-004]").inFile(note).onLineContaining("class Note");
        assertThat(compilation).hadErrorContaining("@Id or @EmbeddedId");
    }

    @Test
    void aRelationshipToANonEntityIsAnError() {
        JavaFileObject address = JavaFileObjects.forSourceLines("com.acme.Address",
                "package com.acme;",
                "public class Address {",
                "}");
        JavaFileObject user = entity("User",
                "    @ManyToOne",
                "    private Address address;");
        Compilation compilation = Fixtures.compile(List.of(address, user));
        assertThat(compilation).hadErrorContaining("[PROC-005]").inFile(user).onLineContaining("@ManyToOne");
    }

    @Test
    void twoAttributesMappingOneColumnWithDifferentTypesIsAnError() {
        JavaFileObject user = entity("User",
                "    @Column(name = \"code\") private String code;",
                "    @Column(name = \"code\") private Integer legacyCode;");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).hadErrorContaining("[PROC-006]").inFile(user).onLineContaining("legacyCode");
    }

    @Test
    void twoEntitiesMappedToOneTableWithConflictingColumnsIsAnError() {
        JavaFileObject a = JavaFileObjects.forSourceLines("com.acme.A",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity @Table(name = \"shared\")",
                "public class A {",
                "    @Id private Long id;",
                "    private String label;",
                "}");
        JavaFileObject b = JavaFileObjects.forSourceLines("com.acme.B",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity @Table(name = \"shared\")",
                "public class B {",
                "    @Id private Long id;",
                "    private int label;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(a, b));
        assertThat(compilation).hadErrorContaining("[PROC-006]").inFile(b).onLineContaining("int label");
    }

    @Test
    void anIndexOnAnUnknownColumnIsAnErrorOnTheEntity() {
        JavaFileObject user = JavaFileObjects.forSourceLines("com.acme.User",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(indexes = @Index(columnList = \"emial\"))",
                "public class User {",
                "    @Id private Long id;",
                "    private String email;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).hadErrorContaining("[PROC-007]").inFile(user).onLineContaining("emial");
    }

    @Test
    void anUnknownNamingOptionIsAnError() {
        Compilation compilation = Fixtures.compile(List.of(entity("User")), "-Amigrations.naming=kebab");
        assertThat(compilation).hadErrorContaining("[PROC-008]");
        assertThat(compilation).hadErrorContaining("snake_case");
    }

    @Test
    void anEntityAttributeWithoutAssociationAnnotationIsAnError() {
        JavaFileObject group = JavaFileObjects.forSourceLines("com.acme.Group",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity public class Group { @Id private Long id; }");
        JavaFileObject user = entity("User", "    private Group group;");
        Compilation compilation = Fixtures.compile(List.of(group, user));
        assertThat(compilation).hadErrorContaining("[PROC-009]").inFile(user).onLineContaining("Group group");
        assertThat(compilation).hadErrorContaining("@ManyToOne");
    }

    @Test
    void aMappedByThatNamesNoAttributeIsAnError() {
        JavaFileObject post = JavaFileObjects.forSourceLines("com.acme.Post",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity public class Post { @Id private Long id; @ManyToOne private User author; }");
        JavaFileObject user = entity("User",
                "    @OneToMany(mappedBy = \"writer\")",
                "    private java.util.List<Post> posts;");
        Compilation compilation = Fixtures.compile(List.of(post, user));
        assertThat(compilation).hadErrorContaining("[PROC-010]").inFile(user).onLineContaining("mappedBy");
    }

    @Test
    void aJdbcTypeCodeWithoutModelTypeIsAnErrorThatSuggestsAColumnDefinition() {
        JavaFileObject user = entity("User",
                "    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)",
                "    private java.util.Map<String, Object> settings;");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).hadErrorContaining("[PROC-011]").inFile(user).onLineContaining("settings");
        assertThat(compilation).hadErrorContaining("columnDefinition");
    }

    @Test
    void oneBrokenEntityDoesNotHideTheErrorsOfAnother() {
        JavaFileObject a = entity("A", "    private java.util.Optional<String> first;");
        JavaFileObject b = JavaFileObjects.forSourceLines("com.acme.B",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity public class B { @Id private Long id;",
                "    private java.util.Optional<String> second; }");
        Compilation compilation = Fixtures.compile(List.of(a, b));
        assertThat(compilation).hadErrorContaining("[PROC-002]").inFile(a).onLineContaining("first");
        assertThat(compilation).hadErrorContaining("[PROC-002]").inFile(b).onLineContaining("second");
    }

    @Test
    void aSecondaryTableIsAnErrorRatherThanAMissingTable() {
        JavaFileObject user = JavaFileObjects.forSourceLines("com.acme.User",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@SecondaryTable(name = \"user_details\")",
                "public class User {",
                "    @Id private Long id;",
                "    @Column(table = \"user_details\") private String bio;",
                "}");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).hadErrorContaining("[PROC-009]").inFile(user).onLineContaining("@SecondaryTable");
    }

    @Test
    void aCustomHibernateTypeNeedsAColumnDefinition() {
        JavaFileObject user = entity("User",
                "    @org.hibernate.annotations.JdbcType(org.hibernate.type.descriptor.jdbc.VarcharJdbcType.class)",
                "    private String nickname;");
        Compilation compilation = Fixtures.compile(List.of(user));
        assertThat(compilation).hadErrorContaining("[PROC-002]").inFile(user).onLineContaining("nickname");
        assertThat(compilation).hadErrorContaining("columnDefinition");
    }

    @Test
    void anEmbeddableThatEmbedsItselfIsAnErrorOnTheAttributeInsteadOfACrash() {
        JavaFileObject cyc = JavaFileObjects.forSourceLines("com.acme.Cyc",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Embeddable",
                "public class Cyc {",
                "    String a;",
                "    @Embedded Cyc self;",
                "}");
        JavaFileObject uses = entity("UsesCyc", "    @Embedded Cyc cyc;");
        Compilation compilation = Fixtures.compile(List.of(cyc, uses));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[PROC-009]").inFile(cyc).onLineContaining("Cyc self");
        assertThat(compilation).hadErrorContaining("inside itself");
    }

    @Test
    void aFailureInsideTheProcessorIsReportedWithItsIdAndWhereItHappened() {
        StackOverflowError crash = new StackOverflowError();
        crash.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("dev.migrations.processor.Embeddables", "embedded", "Embeddables.java", 9)});
        String message = MigrationsProcessor.internalError(crash);
        org.junit.jupiter.api.Assertions.assertTrue(message.startsWith("[PROC-001] "), message);
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("StackOverflowError at "
                + "dev.migrations.processor.Embeddables.embedded(Embeddables.java:9)"), message);
    }

    @Test
    void anErrorOnAnElementOthersReferToIsReportedOnce() {
        JavaFileObject broken = JavaFileObjects.forSourceLines("com.acme.Broken",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Broken {",
                "    @Id private java.util.Optional<String> id;",
                "}");
        JavaFileObject first = entity("First", "    @ManyToOne private Broken broken;");
        JavaFileObject second = entity("Second", "    @ManyToOne private Broken broken;",
                "    @OneToOne private Broken other;");
        Compilation compilation = Fixtures.compile(List.of(broken, first, second));
        assertThat(compilation).hadErrorContaining("[PROC-002]").inFile(broken).onLineContaining("Optional");
        org.junit.jupiter.api.Assertions.assertEquals(1, compilation.errors().size(), () -> compilation.errors()
                .toString());
    }

    @Test
    void anEntityRecordIsAnErrorSayingEntitiesMustBeClasses() {
        JavaFileObject point = JavaFileObjects.forSourceLines("com.acme.Point",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public record Point(@Id Long id, int x) {",
                "}");
        Compilation compilation = Fixtures.compile(List.of(point));
        assertThat(compilation).hadErrorContaining("[PROC-013] com.acme.Point is a record").inFile(point)
                .onLineContaining("@Entity");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEntityInterfaceIsAnErrorSayingEntitiesMustBeClasses() {
        JavaFileObject shape = JavaFileObjects.forSourceLines("com.acme.Shape",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public interface Shape {",
                "}");
        Compilation compilation = Fixtures.compile(List.of(shape));
        assertThat(compilation).hadErrorContaining("[PROC-013] com.acme.Shape is an interface").inFile(shape)
                .onLineContaining("@Entity");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aCollectionInsideTheElementOfAnElementCollectionIsAnErrorInsteadOfAnEndlessLoop() {
        JavaFileObject node = JavaFileObjects.forSourceLines("com.acme.TreeNode",
                "package com.acme;",
                "import jakarta.persistence.*;",
                "@Embeddable",
                "public class TreeNode {",
                "    String label;",
                "    @ElementCollection java.util.List<TreeNode> children;",
                "}");
        JavaFileObject tree = entity("Tree", "    @ElementCollection java.util.List<TreeNode> nodes;");
        Compilation compilation = Fixtures.compile(List.of(node, tree));
        assertThat(compilation).hadErrorContaining("[PROC-009]").inFile(node).onLineContaining("children");
    }
}

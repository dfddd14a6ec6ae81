package dev.migrations.processor;

import dev.migrations.model.Column;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @RenamedFrom} ({@code dev.migrations.annotations}, by name: the processor does not depend on it)
 * on an entity class (the table's earlier names) and on a persistent attribute mapped to one column (the column's
 * earlier names), and remembers which annotated elements it read, so that a hint placed where it means nothing is
 * reported rather than silently ignored.
 *
 * <p>A hint with no name or a blank name is an error ({@code PROC-014}); a name equal to the current one is left
 * out with a warning, since renaming a thing to itself does nothing.
 *
 * <p>The annotation has source retention, so a class that a partial recompilation reads from its class file shows
 * none: its tables and columns keep the hints the previous compilation recorded, and a partial build writes the
 * bytes a clean build writes.
 */
final class RenameHints {

    /** The annotation's qualified name. */
    static final String RENAMED_FROM = "dev.migrations.annotations.RenamedFrom";

    private final Annotations a;
    private final Consumer<MappingException> warnings;
    private final Set<String> compiled;
    private final Schema previous;
    /** The hints read, by {@link #key}: an element met through several entities is one hint. */
    private final Set<String> read = new TreeSet<>();

    /**
     * @param compiled the classes compiled from source in this compilation: only their elements show the hint
     * @param previous the model the previous compilation wrote (empty when there is none): a class read from its
     *                 class file has lost its source-retained hint, and keeps the one that model recorded
     */
    RenameHints(Annotations a, Consumer<MappingException> warnings, Set<String> compiled, Schema previous) {
        this.a = a;
        this.warnings = warnings;
        this.compiled = compiled;
        this.previous = previous;
    }

    /** The earlier names of the table an entity class owns; empty without a hint. */
    List<String> forTable(TypeElement entity, TableBuilder table) {
        if (!fromSource(entity)) {
            return previousTable(table).map(Table::renamedFrom).orElse(List.of());
        }
        return names(entity, table.name(), "table");
    }

    /** The earlier names of the one column an attribute maps to; empty without a hint. */
    List<String> forColumn(Element member, TableBuilder table, String columnName) {
        if (!fromSource(member)) {
            return previousTable(table).flatMap(t -> t.column(columnName)).map(Column::renamedFrom)
                    .orElse(List.of());
        }
        return names(member, columnName, "column");
    }

    private boolean fromSource(Element element) {
        Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
        return type instanceof TypeElement t && compiled.contains(t.getQualifiedName().toString());
    }

    private Optional<Table> previousTable(TableBuilder table) {
        return previous.tables().stream().filter(t -> t.name().equals(table.name())
                && java.util.Objects.equals(t.schema(), table.schema())).findFirst();
    }

    /** Whether the hint on this element was read while the model was built. */
    boolean wasRead(Element element) {
        return read.contains(key(element));
    }

    private List<String> names(Element element, String current, String what) {
        Optional<AnnotationMirror> hint = a.find(element, RENAMED_FROM);
        if (hint.isEmpty()) {
            return List.of();
        }
        AnnotationMirror m = hint.get();
        read.add(key(element));
        List<String> written = a.strings(m, "value");
        if (written.isEmpty() || written.stream().anyMatch(String::isBlank)) {
            throw new MappingException(ErrorId.RENAME_HINT, element, m, "@RenamedFrom needs the " + what
                    + "'s earlier name as the database holds it, for example @RenamedFrom(\"old_" + current
                    + "\"); an empty name says nothing. Write the name, or remove the annotation.");
        }
        Set<String> names = new LinkedHashSet<>(written);
        if (names.remove(current)) {
            warnings.accept(new MappingException(ErrorId.RENAME_HINT, element, m, "@RenamedFrom(\"" + current
                    + "\") names the " + what + "'s current name '" + current + "', which has no effect. Write the"
                    + " earlier name the database holds, or remove the annotation."));
        }
        return new ArrayList<>(names);
    }

    /**
     * The warning for a hint that was never read: on a class that is not an entity owning a table, or on a member
     * that is not a persistent attribute mapped to exactly one column.
     */
    MappingException unused(Element element) {
        AnnotationMirror m = a.find(element, RENAMED_FROM).orElse(null);
        String where = element instanceof TypeElement
                ? "class " + ((TypeElement) element).getQualifiedName() + ", which is not an @Entity with a table"
                + " of its own (a @MappedSuperclass, an @Embeddable and a single-table subclass have none)"
                : "'" + element.getSimpleName() + "', which is not a persistent attribute mapped to one column"
                + " (transient, a collection, or an association with several join columns)";
        return new MappingException(ErrorId.RENAME_HINT, element, m, "@RenamedFrom has no effect on " + where
                + ". Put it on the @Entity class for a table's earlier name, or on a basic, embedded or"
                + " single-join-column attribute for a column's earlier name; rename other objects in the revision"
                + " script.");
    }

    /** A name for an element that stays the same across rounds: {@code com.acme.User}, {@code com.acme.User#email…}. */
    static String key(Element element) {
        if (element instanceof TypeElement type) {
            return type.getQualifiedName().toString();
        }
        Element owner = element.getEnclosingElement();
        String prefix = owner instanceof TypeElement type ? type.getQualifiedName().toString() : String.valueOf(owner);
        return prefix + "#" + element.getSimpleName() + ":" + element.getKind();
    }
}

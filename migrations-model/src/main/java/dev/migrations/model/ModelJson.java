package dev.migrations.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The canonical JSON form of a {@link Schema}: {@code META-INF/migrations/model.json}.
 *
 * <p>The writer is deterministic: fields in a fixed order, absent values left out, two-space indentation,
 * {@code \n} line ends and a final newline, so the same schema always gives the same bytes. The reader accepts
 * what the writer writes and fails with a {@link ModelFormatException} naming the file and the place otherwise.
 *
 * <pre>{@code
 * String json = ModelJson.write(schema);
 * Schema again = ModelJson.read("model.json", json);   // equals schema
 * }</pre>
 */
public final class ModelJson {

    /** The format version this release writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private ModelJson() {
    }

    // ---------------------------------------------------------------- writing

    /** The canonical JSON text of the schema. */
    public static String write(Schema schema) {
        Out o = new Out();
        o.open('{');
        o.field("formatVersion").raw(Integer.toString(FORMAT_VERSION));
        o.field("tables").array(schema.tables(), ModelJson::writeTable);
        o.field("sequences").array(schema.sequences(), ModelJson::writeSequence);
        o.field("generatorTables").array(schema.generatorTables(), ModelJson::writeGeneratorTable);
        o.close('}');
        o.sb.append('\n');
        return o.sb.toString();
    }

    private static void writeTable(Out o, Table t) {
        o.open('{');
        o.optional("schema", t.schema());
        o.field("name").string(t.name());
        o.optional("comment", t.comment());
        o.optional("origin", t.origin());
        renamedFrom(o, t.renamedFrom());
        o.field("columns").array(t.columns(), ModelJson::writeColumn);
        if (t.primaryKey() != null) {
            o.field("primaryKey").open('{');
            o.optional("name", t.primaryKey().name());
            o.field("columns").strings(t.primaryKey().columns());
            o.close('}');
        }
        o.field("uniqueConstraints").array(t.uniqueConstraints(), (w, u) -> {
            w.open('{');
            w.optional("name", u.name());
            w.field("columns").strings(u.columns());
            w.optional("origin", u.origin());
            w.close('}');
        });
        o.field("indexes").array(t.indexes(), (w, i) -> {
            w.open('{');
            w.field("name").string(i.name());
            w.field("columns").array(i.columns(), (c, ic) -> {
                c.open('{');
                c.field("name").string(ic.name());
                c.field("descending").raw(Boolean.toString(ic.descending()));
                c.close('}');
            });
            w.field("unique").raw(Boolean.toString(i.unique()));
            w.optional("origin", i.origin());
            w.close('}');
        });
        o.field("foreignKeys").array(t.foreignKeys(), (w, f) -> {
            w.open('{');
            w.optional("name", f.name());
            w.field("columns").strings(f.columns());
            w.optional("referencedSchema", f.referencedSchema());
            w.field("referencedTable").string(f.referencedTable());
            w.field("referencedColumns").strings(f.referencedColumns());
            w.field("onDelete").string(f.onDelete().name());
            w.field("onUpdate").string(f.onUpdate().name());
            w.optional("origin", f.origin());
            w.close('}');
        });
        o.field("checks").array(t.checks(), ModelJson::writeCheck);
        o.close('}');
    }

    private static void writeColumn(Out o, Column c) {
        o.open('{');
        o.field("name").string(c.name());
        o.field("type").string(c.type().toString());
        o.field("nullable").raw(Boolean.toString(c.nullable()));
        o.optional("default", c.defaultValue());
        o.field("identity").raw(Boolean.toString(c.identity()));
        o.optional("comment", c.comment());
        o.optional("columnDefinition", c.columnDefinition());
        o.optional("origin", c.origin());
        renamedFrom(o, c.renamedFrom());
        o.close('}');
    }

    /** Written only when present (tables, columns, sequences), so that a model without renames keeps its bytes. */
    private static void renamedFrom(Out o, List<String> names) {
        if (!names.isEmpty()) {
            o.field("renamedFrom").strings(names);
        }
    }

    private static void writeCheck(Out o, CheckConstraint check) {
        o.open('{');
        o.optional("name", check.name());
        CheckCondition condition = check.condition();
        if (condition instanceof CheckCondition.InValues in) {
            o.field("kind").string("in");
            o.field("column").string(in.column());
            o.field("values").strings(in.values());
        } else if (condition instanceof CheckCondition.Range r) {
            o.field("kind").string("range");
            o.field("column").string(r.column());
            if (r.min() != null) {
                o.field("min").raw(r.min().toString());
            }
            if (r.max() != null) {
                o.field("max").raw(r.max().toString());
            }
        } else if (condition instanceof CheckCondition.Expression e) {
            o.field("kind").string("expression");
            o.field("sql").string(e.sql());
        }
        o.optional("origin", check.origin());
        o.close('}');
    }

    private static void writeSequence(Out o, Sequence s) {
        o.open('{');
        o.optional("schema", s.schema());
        o.field("name").string(s.name());
        o.field("start").raw(Long.toString(s.start()));
        o.field("increment").raw(Integer.toString(s.increment()));
        o.optional("origin", s.origin());
        renamedFrom(o, s.renamedFrom());
        o.close('}');
    }

    private static void writeGeneratorTable(Out o, GeneratorTable g) {
        o.open('{');
        o.optional("schema", g.schema());
        o.field("name").string(g.name());
        o.field("segmentColumn").string(g.segmentColumn());
        o.field("segmentColumnLength").raw(Integer.toString(g.segmentColumnLength()));
        o.field("valueColumn").string(g.valueColumn());
        o.field("segments").array(g.segments(), (w, s) -> {
            w.open('{');
            w.field("value").string(s.value());
            w.field("initialValue").raw(Long.toString(s.initialValue()));
            w.close('}');
        });
        o.optional("origin", g.origin());
        o.close('}');
    }

    /** Whether a string needs no escaping: the common case, appended in one go. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** A small pretty-printing JSON writer. */
    private static final class Out {
        private static final String[] INDENTS = new String[16];

        static {
            for (int i = 0; i < INDENTS.length; i++) {
                INDENTS[i] = "\n" + "  ".repeat(i);
            }
        }

        final StringBuilder sb = new StringBuilder(1 << 16);
        int depth;
        boolean first = true;

        void open(char c) {
            sb.append(c);
            depth++;
            first = true;
        }

        void close(char c) {
            depth--;
            if (!first) {
                newline();
            }
            sb.append(c);
            first = false;
        }

        Out field(String name) {
            separator();
            quote(name);
            sb.append(": ");
            return this;
        }

        void optional(String name, String value) {
            if (value != null) {
                field(name).string(value);
            }
        }

        void string(String value) {
            quote(value);
            first = false;
        }

        void raw(String value) {
            sb.append(value);
            first = false;
        }

        void strings(List<String> values) {
            sb.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                quote(values.get(i));
            }
            sb.append(']');
            first = false;
        }

        <T> void array(List<T> items, java.util.function.BiConsumer<Out, T> each) {
            if (items.isEmpty()) {
                sb.append("[]");
                first = false;
                return;
            }
            open('[');
            for (T item : items) {
                separator();
                each.accept(this, item);
            }
            close(']');
        }

        private void separator() {
            if (!first) {
                sb.append(',');
            }
            newline();
            first = true;
        }

        private void newline() {
            if (depth < INDENTS.length) {
                sb.append(INDENTS[depth]);
            } else {
                sb.append('\n').append("  ".repeat(depth));
            }
        }

        private void quote(String s) {
            sb.append('"');
            if (isPlain(s)) {
                sb.append(s).append('"');
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a schema from its JSON text.
     *
     * @param source the file name to use in error messages
     * @param json   the text
     * @throws ModelFormatException when the text is malformed, of another format version, or not a schema
     */
    public static Schema read(String source, String json) {
        Object root = JsonText.parse(source, json);
        Node doc = new Node(source, "$", root);
        Map<String, Object> top = doc.object();
        Object version = top.get("formatVersion");
        if (!(version instanceof BigDecimal v)) {
            throw new ModelFormatException(ModelFormatException.INVALID, source
                    + ": no \"formatVersion\": this is not a model.json written by migrations-processor."
                    + " Rebuild the project (mvn compile) to write it again.");
        }
        if (v.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
            throw new ModelFormatException(ModelFormatException.UNSUPPORTED_VERSION, source
                    + ": model format version " + v.toPlainString() + " is not supported; this release reads"
                    + " version " + FORMAT_VERSION + ". Use the same version of migrations-processor and"
                    + " migrations-maven-plugin (or migrations-core), then rebuild with mvn clean compile.");
        }
        List<Table> tables = doc.get("tables").list(ModelJson::readTable);
        List<Sequence> sequences = doc.get("sequences").list(n -> new Sequence(n.optString("schema"),
                n.get("name").string(), n.get("start").longValue(), n.get("increment").intValue(),
                n.optString("origin"), renamedFrom(n)));
        List<GeneratorTable> generatorTables = doc.optList("generatorTables", n -> new GeneratorTable(
                n.optString("schema"), n.get("name").string(), n.get("segmentColumn").string(),
                n.get("segmentColumnLength").intValue(), n.get("valueColumn").string(),
                n.get("segments").list(s -> new GeneratorTable.Segment(s.get("value").string(),
                        s.get("initialValue").longValue())),
                n.optString("origin")));
        return new Schema(tables, sequences, generatorTables);
    }

    private static Table readTable(Node n) {
        Node pk = n.opt("primaryKey");
        return new Table(n.optString("schema"), n.get("name").string(), n.optString("comment"),
                n.get("columns").list(ModelJson::readColumn),
                pk == null ? null : pk.build(p -> new PrimaryKey(p.optString("name"), p.get("columns").strings())),
                n.optList("uniqueConstraints", u -> u.build(x -> new UniqueConstraint(x.optString("name"),
                        x.get("columns").strings(), x.optString("origin")))),
                n.optList("indexes", i -> i.build(x -> new Index(x.get("name").string(),
                        x.get("columns").list(c -> new IndexColumn(c.get("name").string(),
                                c.optBoolean("descending", false))),
                        x.optBoolean("unique", false), x.optString("origin")))),
                n.optList("foreignKeys", f -> f.build(x -> new ForeignKey(x.optString("name"),
                        x.get("columns").strings(), x.optString("referencedSchema"),
                        x.get("referencedTable").string(), x.get("referencedColumns").strings(),
                        x.action("onDelete"), x.action("onUpdate"), x.optString("origin")))),
                n.optList("checks", ModelJson::readCheck),
                n.optString("origin"), renamedFrom(n));
    }

    private static Column readColumn(Node n) {
        Node type = n.get("type");
        ColumnType columnType = type.build(t -> ColumnType.parse(t.string()));
        return new Column(n.get("name").string(), columnType, n.optBoolean("nullable", true),
                n.optString("default"), n.optBoolean("identity", false), n.optString("comment"),
                n.optString("columnDefinition"), n.optString("origin"), renamedFrom(n));
    }

    private static List<String> renamedFrom(Node n) {
        Node names = n.opt("renamedFrom");
        return names == null ? List.of() : names.strings();
    }

    private static CheckConstraint readCheck(Node n) {
        String kind = n.get("kind").string();
        CheckCondition condition = n.build(x -> switch (kind) {
            case "in" -> new CheckCondition.InValues(x.get("column").string(), x.get("values").strings());
            case "range" -> new CheckCondition.Range(x.get("column").string(), x.optLong("min"), x.optLong("max"));
            case "expression" -> new CheckCondition.Expression(x.get("sql").string());
            default -> throw new IllegalArgumentException("unknown check kind \"" + kind
                    + "\" (expected in, range or expression)");
        });
        return new CheckConstraint(n.optString("name"), condition, n.optString("origin"));
    }

    /** A value at a JSON path, with typed accessors that fail with the path named. */
    private record Node(String source, String path, Object value) {

        Map<String, Object> object() {
            if (value instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) m;
                return map;
            }
            throw invalid("expected an object");
        }

        Node get(String key) {
            Map<String, Object> map = object();
            if (!map.containsKey(key) || map.get(key) == null) {
                throw invalid("missing \"" + key + "\"");
            }
            return new Node(source, path + "." + key, map.get(key));
        }

        Node opt(String key) {
            Object v = object().get(key);
            return v == null ? null : new Node(source, path + "." + key, v);
        }

        String string() {
            if (value instanceof String s) {
                return s;
            }
            throw invalid("expected a string");
        }

        String optString(String key) {
            Node n = opt(key);
            return n == null ? null : n.string();
        }

        boolean optBoolean(String key, boolean otherwise) {
            Node n = opt(key);
            if (n == null) {
                return otherwise;
            }
            if (n.value instanceof Boolean b) {
                return b;
            }
            throw n.invalid("expected true or false");
        }

        long longValue() {
            if (value instanceof BigDecimal d) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    throw invalid("expected a whole number");
                }
            }
            throw invalid("expected a number");
        }

        int intValue() {
            long l = longValue();
            if (l != (int) l) {
                throw invalid("number out of range");
            }
            return (int) l;
        }

        Long optLong(String key) {
            Node n = opt(key);
            return n == null ? null : n.longValue();
        }

        ReferentialAction action(String key) {
            String s = optString(key);
            if (s == null) {
                return ReferentialAction.NO_ACTION;
            }
            try {
                return ReferentialAction.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw invalid("unknown referential action \"" + s + "\" in \"" + key + "\"");
            }
        }

        List<String> strings() {
            return list(Node::string);
        }

        <T> List<T> list(Function<Node, T> each) {
            if (!(value instanceof List<?> items)) {
                throw invalid("expected an array");
            }
            List<T> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Node item = new Node(source, path + "[" + i + "]", items.get(i));
                out.add(item.build(each));
            }
            return out;
        }

        <T> List<T> optList(String key, Function<Node, T> each) {
            Node n = opt(key);
            return n == null ? List.of() : n.list(each);
        }

        /** Applies a constructor, turning its validation errors into a format error at this path. */
        <T> T build(Function<Node, T> constructor) {
            try {
                return constructor.apply(this);
            } catch (ModelFormatException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw invalid(e.getMessage());
            }
        }

        ModelFormatException invalid(String what) {
            return new ModelFormatException(ModelFormatException.INVALID, source + ": " + path + ": " + what
                    + ". The file is written by the annotation processor: rebuild the project (mvn compile)"
                    + " to write it again.");
        }
    }
}

package dev.migrations.core.database.sqlite;

import dev.migrations.core.introspect.CheckConditionParser;
import dev.migrations.core.introspect.SqlToken;
import dev.migrations.core.introspect.SqlTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a SQLite {@code CREATE TABLE} statement declares that SQLite's pragmas do not report: declared types as
 * written, constraint names, check clauses and {@code AUTOINCREMENT}. Read with {@link SqlTokenizer}, so quoted
 * identifiers, comments, string literals and nested parentheses are handled.
 *
 * @param columns        the column declarations, keyed by lower-case name
 * @param primaryKeyName the primary key's constraint name, or {@code null}
 * @param primaryKey     the primary key columns declared by a table constraint or inline, in order
 * @param uniques        the unique constraints, table-level and inline
 * @param checks         the check constraints, table-level and inline
 * @param foreignKeys    the foreign keys with their names (columns only: targets come from the pragma)
 * @param withoutRowid   whether the table is {@code WITHOUT ROWID}
 */
record SqliteTableDefinition(Map<String, ColumnDeclaration> columns, String primaryKeyName, List<String> primaryKey,
                             List<NamedColumns> uniques, List<Check> checks, List<NamedColumns> foreignKeys,
                             boolean withoutRowid) {

    private static final Set<String> COLUMN_CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL",
            "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    /**
     * One column's declaration.
     *
     * @param name               the column name
     * @param declaredType       the type text as written, whitespace collapsed; empty when none
     * @param inlinePrimaryKey   whether the column declares {@code PRIMARY KEY} itself
     * @param descendingKey      whether that inline key is {@code DESC}
     * @param autoincrement      whether it declares {@code AUTOINCREMENT}
     */
    record ColumnDeclaration(String name, String declaredType, boolean inlinePrimaryKey, boolean descendingKey,
                             boolean autoincrement) {
    }

    /** A constraint name ({@code null} when unnamed) with its columns. */
    record NamedColumns(String name, List<String> columns) {
    }

    /** A check clause's text, with the column it was declared on ({@code null} for a table constraint). */
    record Check(String name, String column, String sql) {
    }

    /** The column's declaration, ignoring case as SQLite does. */
    ColumnDeclaration column(String name) {
        return columns.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code column} is an alias of the rowid, whose values SQLite generates. */
    boolean isRowidAlias(String column) {
        ColumnDeclaration c = column(column);
        if (withoutRowid || c == null || !c.declaredType().equalsIgnoreCase("INTEGER")
                || primaryKey.size() != 1 || !primaryKey.get(0).equalsIgnoreCase(column)) {
            return false;
        }
        return !(c.inlinePrimaryKey() && c.descendingKey());
    }

    /** Reads the statement that {@code sqlite_master.sql} holds for a table. */
    static SqliteTableDefinition parse(String sql) {
        List<SqlToken> tokens = SqlTokenizer.tokenize(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isSymbol("(")) {
            open++;
        }
        Builder b = new Builder(sql);
        if (open == tokens.size()) {
            return b.build(false);
        }
        int close = CheckConditionParser.closingParenthesis(tokens, open);
        for (List<SqlToken> definition : CheckConditionParser.splitTopLevel(tokens.subList(open + 1, close),
                t -> t.isSymbol(","))) {
            if (!definition.isEmpty()) {
                b.definition(definition);
            }
        }
        boolean withoutRowid = tokens.subList(close + 1, tokens.size()).stream().anyMatch(t -> t.isWord("WITHOUT"));
        return b.build(withoutRowid);
    }

    private static final class Builder {
        final String sql;
        final Map<String, ColumnDeclaration> columns = new TreeMap<>();
        String primaryKeyName;
        final List<String> primaryKey = new ArrayList<>();
        final List<NamedColumns> uniques = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<NamedColumns> foreignKeys = new ArrayList<>();

        Builder(String sql) {
            this.sql = sql;
        }

        SqliteTableDefinition build(boolean withoutRowid) {
            return new SqliteTableDefinition(columns, primaryKeyName, List.copyOf(primaryKey), List.copyOf(uniques),
                    List.copyOf(checks), List.copyOf(foreignKeys), withoutRowid);
        }

        void definition(List<SqlToken> def) {
            String name = null;
            List<SqlToken> rest = def;
            if (rest.size() > 1 && rest.get(0).isWord("CONSTRAINT")) {
                name = rest.get(1).text();
                rest = rest.subList(2, rest.size());
            }
            if (rest.isEmpty()) {
                return;
            }
            SqlToken first = rest.get(0);
            if (first.isWord("PRIMARY") || first.isWord("UNIQUE") || first.isWord("CHECK") || first.isWord("FOREIGN")) {
                tableConstraint(name, rest);
            } else {
                column(rest);
            }
        }

        private void tableConstraint(String name, List<SqlToken> t) {
            int open = indexOfSymbol(t, "(");
            if (open < 0) {
                return;
            }
            int close = CheckConditionParser.closingParenthesis(t, open);
            SqlToken first = t.get(0);
            if (first.isWord("CHECK")) {
                checks.add(new Check(name, null, text(t, open + 1, close)));
                return;
            }
            List<String> cols = columnList(t.subList(open + 1, close));
            if (first.isWord("PRIMARY")) {
                primaryKeyName = name;
                primaryKey.clear();
                primaryKey.addAll(cols);
            } else if (first.isWord("UNIQUE")) {
                uniques.add(new NamedColumns(name, cols));
            } else {
                foreignKeys.add(new NamedColumns(name, cols));
            }
        }

        private void column(List<SqlToken> t) {
            String column = t.get(0).text();
            int i = 1;
            while (i < t.size() && !(t.get(i).kind() == SqlToken.Kind.WORD
                    && COLUMN_CONSTRAINT_START.contains(t.get(i).upper()))) {
                i = t.get(i).isSymbol("(") ? CheckConditionParser.closingParenthesis(t, i) + 1 : i + 1;
            }
            String type = i > 1 ? SqliteTypes.collapse(text(t, 1, i)) : "";
            boolean pk = false;
            boolean desc = false;
            boolean autoincrement = false;
            String name = null;
            while (i < t.size()) {
                SqlToken k = t.get(i);
                if (k.isWord("CONSTRAINT") && i + 1 < t.size()) {
                    name = t.get(i + 1).text();
                    i += 2;
                    continue;
                }
                if (k.isWord("PRIMARY")) {
                    pk = true;
                    primaryKeyName = name;
                    primaryKey.clear();
                    primaryKey.add(column);
                    desc = i + 2 < t.size() && t.get(i + 2).isWord("DESC");
                    name = null;
                } else if (k.isWord("AUTOINCREMENT")) {
                    autoincrement = true;
                } else if (k.isWord("UNIQUE")) {
                    uniques.add(new NamedColumns(name, List.of(column)));
                    name = null;
                } else if (k.isWord("REFERENCES")) {
                    foreignKeys.add(new NamedColumns(name, List.of(column)));
                    name = null;
                } else if (k.isWord("CHECK") && i + 1 < t.size() && t.get(i + 1).isSymbol("(")) {
                    int close = CheckConditionParser.closingParenthesis(t, i + 1);
                    checks.add(new Check(name, column, text(t, i + 2, close)));
                    name = null;
                    i = close + 1;
                    continue;
                } else if (k.isSymbol("(")) {
                    i = CheckConditionParser.closingParenthesis(t, i) + 1;
                    continue;
                } else if (k.kind() == SqlToken.Kind.WORD && COLUMN_CONSTRAINT_START.contains(k.upper())) {
                    name = null;
                }
                i++;
            }
            columns.put(column.toLowerCase(Locale.ROOT), new ColumnDeclaration(column, type, pk, desc, autoincrement));
        }

        /** The source text from token {@code from} up to (not including) token {@code to}. */
        private String text(List<SqlToken> t, int from, int to) {
            if (from >= to) {
                return "";
            }
            return sql.substring(t.get(from).start(), t.get(to - 1).end());
        }

        private static int indexOfSymbol(List<SqlToken> t, String symbol) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).isSymbol(symbol)) {
                    return i;
                }
            }
            return -1;
        }

        /** The column names of {@code a, "b" DESC, c COLLATE nocase}: the first identifier of each item. */
        private static List<String> columnList(List<SqlToken> items) {
            List<String> names = new ArrayList<>();
            for (List<SqlToken> item : CheckConditionParser.splitTopLevel(items, x -> x.isSymbol(","))) {
                if (!item.isEmpty() && item.get(0).isIdentifier()) {
                    names.add(item.get(0).text());
                }
            }
            return names;
        }
    }
}

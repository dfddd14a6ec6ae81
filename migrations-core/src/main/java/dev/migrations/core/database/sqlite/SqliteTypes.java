package dev.migrations.core.database.sqlite;

import dev.migrations.core.introspect.CheckConditionParser;
import dev.migrations.core.introspect.ReadType;
import dev.migrations.core.introspect.SqlToken;
import dev.migrations.core.introspect.SqlTokenizer;
import dev.migrations.core.introspect.TypeNames;
import dev.migrations.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a SQLite declared column type ({@code varchar(255)}, {@code numeric(38,2)}, {@code timestamp(6)}) into a
 * logical type. SQLite keeps the declared text as written, so the words and the numbers in parentheses are read
 * exactly; a declaration with no logical kind becomes {@link TypeKind#OTHER} keeping the text.
 */
final class SqliteTypes {

    private SqliteTypes() {
    }

    static ReadType read(String declared) {
        if (declared == null || declared.isBlank()) {
            return ReadType.other("");
        }
        List<SqlToken> tokens = SqlTokenizer.tokenize(declared);
        List<String> words = new ArrayList<>();
        List<Integer> args = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(")) {
                int close = CheckConditionParser.closingParenthesis(tokens, i);
                for (List<SqlToken> arg : CheckConditionParser.splitTopLevel(tokens.subList(i + 1, close),
                        x -> x.isSymbol(","))) {
                    Integer value = arg.size() == 1 ? integer(arg.get(0)) : null;
                    if (value == null) {
                        return ReadType.other(collapse(declared));
                    }
                    args.add(value);
                }
                i = close;
            } else if (t.kind() == SqlToken.Kind.WORD) {
                words.add(t.upper());
            } else {
                return ReadType.other(collapse(declared));
            }
        }
        ReadType read = TypeNames.read(String.join(" ", words), args);
        return read != null ? read : ReadType.other(collapse(declared));
    }

    private static Integer integer(SqlToken t) {
        if (t.kind() != SqlToken.Kind.NUMBER) {
            return null;
        }
        try {
            return Integer.valueOf(t.text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}

package dev.migrations.core.dialect;


/**
 * Puts default expressions in one spelling, so that {@code 'draft'}, {@code ('draft')} and {@code  'draft' }
 * compare equal, and {@code CURRENT_TIMESTAMP} equals {@code current_timestamp}. Text inside string literals is
 * kept as it is.
 *
 * <pre>{@code
 * DefaultExpressions.normalize("(  TRUE )");   // "true"
 * }</pre>
 */
public final class DefaultExpressions {

    private DefaultExpressions() {
    }

    public static String normalize(String expression) {
        if (expression == null) {
            return null;
        }
        String s = expression.strip();
        while (s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')' && wraps(s)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                inString = !inString;
                out.append(c);
                lastSpace = false;
            } else if (inString) {
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                if (!lastSpace) {
                    out.append(' ');
                }
                lastSpace = true;
            } else {
                out.append(Character.toLowerCase(c));
                lastSpace = false;
            }
        }
        String norm = out.toString();
        return norm.equals("null") ? null : norm;
    }

    private static boolean wraps(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
                if (depth == 0 && i < s.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }
}

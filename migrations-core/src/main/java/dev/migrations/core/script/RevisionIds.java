package dev.migrations.core.script;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Revision ids. Generated ids are 12 random lowercase hex characters. An explicit id may be 1 to 32 characters
 * of lowercase letters, digits and {@code _}, and must not be a symbolic target ({@code head}, {@code heads},
 * {@code base}, {@code current}): such ids never clash with the target syntax ({@code +N}, {@code a:b}).
 */
public final class RevisionIds {

    /** What an explicit id may look like. */
    public static final Pattern VALID = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {
    }

    /** A new random id: 12 lowercase hex characters. */
    public static String generate() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code id} is allowed as a revision id. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > 32) {
            return false;
        }
        // checked by hand rather than with VALID: every script's id and parents are checked at every start
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !RESERVED.contains(id);
    }

    /** The rule, for error messages. */
    public static String rule() {
        return "1 to 32 characters of a-z, 0-9 and _, not head, heads, base or current";
    }
}

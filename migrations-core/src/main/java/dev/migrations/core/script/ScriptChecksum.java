package dev.migrations.core.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum recorded for an applied script: SHA-256, lowercase hex, of the file's text decoded as UTF-8 with a
 * leading byte-order mark removed and every line ending ({@code \r\n}, {@code \r}) turned into {@code \n}. A
 * checkout that converts line endings therefore does not count as a change; any other edit does.
 */
public final class ScriptChecksum {

    private ScriptChecksum() {
    }

    /** The checksum of already normalised text (see {@link #normalise(String)}). */
    public static String ofNormalised(String text) {
        return ofBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The checksum of a file whose bytes are the UTF-8 of already normalised text. */
    static String ofBytes(byte[] utf8) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The checksum of a file's text. */
    public static String of(String text) {
        return ofNormalised(normalise(text));
    }

    /** Drops a byte-order mark and turns every line ending into {@code \n}. */
    public static String normalise(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
    }
}

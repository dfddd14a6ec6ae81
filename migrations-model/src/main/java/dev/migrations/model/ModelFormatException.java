package dev.migrations.model;

/**
 * A {@code model.json} that cannot be read: malformed JSON, a format version this release does not know, or
 * content that does not describe a schema. The message names the file, the place and what to do.
 */
public final class ModelFormatException extends RuntimeException {

    /** Malformed JSON. */
    public static final String MALFORMED = "MODEL-001";
    /** A format version this release cannot read. */
    public static final String UNSUPPORTED_VERSION = "MODEL-002";
    /** Well-formed JSON that does not describe a schema. */
    public static final String INVALID = "MODEL-003";

    private final String id;

    public ModelFormatException(String id, String message) {
        super("[" + id + "] " + message);
        this.id = id;
    }

    /** The stable error id, for example {@code MODEL-002}. */
    public String id() {
        return id;
    }
}

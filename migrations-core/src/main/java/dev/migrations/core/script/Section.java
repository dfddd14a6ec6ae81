package dev.migrations.core.script;

/**
 * The text of a section of a revision file: upgrade, downgrade, or one of their guard sections.
 *
 * @param text      the lines after the section's marker, up to the next marker or the end of the file
 * @param firstLine the file line of {@code text}'s first line
 */
public record Section(String text, int firstLine) {

    /** A section the file does not have (an optional guard section). */
    public static final Section NONE = new Section("", 0);

    /** Whether the section holds no statement (only whitespace and comments). */
    public boolean isEmpty(StatementSplitter splitter) {
        return splitter.split(text, firstLine).isEmpty();
    }
}

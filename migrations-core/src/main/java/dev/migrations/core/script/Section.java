package dev.migrations.core.script;

/**
 * The text of an upgrade or downgrade section.
 *
 * @param text      the lines after the section's marker, up to the next marker or the end of the file
 * @param firstLine the file line of {@code text}'s first line
 */
public record Section(String text, int firstLine) {

    /** Whether the section holds no statement (only whitespace and comments). */
    public boolean isEmpty(StatementSplitter splitter) {
        return splitter.split(text, firstLine).isEmpty();
    }
}

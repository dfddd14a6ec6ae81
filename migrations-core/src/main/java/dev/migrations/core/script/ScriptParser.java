package dev.migrations.core.script;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ScriptException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a revision file. The format (see docs/scripts.md):
 *
 * <pre>
 * -- Revision ID: 9f8e7d6c5b4a
 * -- Revises: 1a2b3c4d5e6f
 * -- Create Date: 2026-01-01 12:00:00 UTC
 * -- Message: add email
 * -- migrate:no-transaction          (optional)
 *
 * -- migrate:upgrade-guards          (optional: queries that must return no rows before the upgrade runs)
 * -- guard: NOT NULL set on column 'person.name'
 * SELECT id FROM person WHERE name IS NULL;
 *
 * -- migrate:upgrade
 * ALTER TABLE person ADD COLUMN email TEXT;
 *
 * -- migrate:downgrade-guards        (optional, the same for the downgrade)
 * -- migrate:downgrade
 * ALTER TABLE person DROP COLUMN email;
 * </pre>
 *
 * A guard section comes just before the section it protects, so a file reads in the order it runs.
 *
 * Every problem is reported with the file and line; the parser never guesses.
 */
public final class ScriptParser {

    static final String UPGRADE = "upgrade";
    static final String DOWNGRADE = "downgrade";
    static final String NO_TRANSACTION = "no-transaction";
    static final String UPGRADE_GUARDS = "upgrade-guards";
    static final String DOWNGRADE_GUARDS = "downgrade-guards";

    private static final Pattern MARKER = Pattern.compile("--\\s*migrate:\\s*(.*?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("--\\s*([A-Za-z][A-Za-z ]*?)\\s*:(.*)");
    private static final Map<String, String> FIELDS = Map.of(
            "revision id", "Revision ID", "revises", "Revises", "create date", "Create Date", "message", "Message");

    private ScriptParser() {
    }

    /**
     * Parses one file.
     *
     * @param location the file's path or classpath location, for messages
     * @param fileName the file's name
     * @param bytes    its content
     * @throws ScriptException naming the file and line of the first problem
     */
    public static RevisionScript parse(String location, String fileName, byte[] bytes) {
        String decoded = decode(location, bytes);
        String text = ScriptChecksum.normalise(decoded);
        // the checksum is of the normalised text's UTF-8; when normalising changed nothing, that is the file itself
        String checksum = text.equals(decoded) ? ScriptChecksum.ofBytes(bytes) : ScriptChecksum.ofNormalised(text);
        Lines lines = new Lines(text);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        boolean noTransaction = false;
        String phase = "header";
        int upgradeStart = -1;
        int downgradeStart = -1;
        int upgradeGuardsStart = -1;
        int downgradeGuardsStart = -1;
        int firstMarkerLine = -1;
        for (int i = 0; i < lines.count(); i++) {
            int lineNo = i + 1;
            // inside a section only a comment line can be a marker: skip the SQL without copying it
            if (!phase.equals("header") && !lines.startsWithComment(i)) {
                continue;
            }
            String line = lines.stripped(i);
            String markerWord = marker(line);
            if (markerWord != null) {
                String name = markerWord.toLowerCase(Locale.ROOT);
                if (firstMarkerLine < 0) {
                    firstMarkerLine = lineNo;
                }
                switch (name) {
                    case UPGRADE_GUARDS -> {
                        if (!phase.equals("header")) {
                            throw error("SCRIPT-008", location, lineNo, upgradeGuardsStart > 0
                                    ? "a second '-- migrate:upgrade-guards' marker"
                                    : "'-- migrate:upgrade-guards' after '-- migrate:upgrade'",
                                    "Keep one upgrade guard section, just before '-- migrate:upgrade'.");
                        }
                        phase = UPGRADE_GUARDS;
                        upgradeGuardsStart = lineNo + 1;
                    }
                    case UPGRADE -> {
                        if (!phase.equals("header") && !phase.equals(UPGRADE_GUARDS)) {
                            throw error("SCRIPT-008", location, lineNo, "a second '-- migrate:upgrade' marker",
                                    "Keep exactly one upgrade section, before the downgrade section.");
                        }
                        phase = UPGRADE;
                        upgradeStart = lineNo + 1;
                    }
                    case DOWNGRADE_GUARDS -> {
                        if (!phase.equals(UPGRADE)) {
                            throw error("SCRIPT-008", location, lineNo, downgradeGuardsStart > 0
                                    ? "a second '-- migrate:downgrade-guards' marker"
                                    : phase.equals(DOWNGRADE)
                                    ? "'-- migrate:downgrade-guards' after '-- migrate:downgrade'"
                                    : "'-- migrate:downgrade-guards' comes before '-- migrate:upgrade'",
                                    "Keep one downgrade guard section, between the upgrade section and "
                                            + "'-- migrate:downgrade'.");
                        }
                        phase = DOWNGRADE_GUARDS;
                        downgradeGuardsStart = lineNo + 1;
                    }
                    case DOWNGRADE -> {
                        if (phase.equals("header") || phase.equals(UPGRADE_GUARDS)) {
                            throw error("SCRIPT-008", location, lineNo,
                                    "'-- migrate:downgrade' comes before '-- migrate:upgrade'",
                                    "Put the upgrade section first, then the downgrade section.");
                        }
                        if (phase.equals(DOWNGRADE)) {
                            throw error("SCRIPT-008", location, lineNo, "a second '-- migrate:downgrade' marker",
                                    "Keep exactly one downgrade section.");
                        }
                        phase = DOWNGRADE;
                        downgradeStart = lineNo + 1;
                    }
                    case NO_TRANSACTION -> {
                        if (!phase.equals("header")) {
                            throw error("SCRIPT-008", location, lineNo,
                                    "'-- migrate:no-transaction' inside a section",
                                    "Move the marker into the header, above '-- migrate:upgrade'.");
                        }
                        if (noTransaction) {
                            throw error("SCRIPT-002", location, lineNo, "'-- migrate:no-transaction' given twice",
                                    "Remove the repeated line.");
                        }
                        noTransaction = true;
                    }
                    default -> throw error("SCRIPT-002", location, lineNo,
                            "unknown marker '-- migrate:" + markerWord + "'",
                            "The markers are '-- migrate:upgrade', '-- migrate:downgrade', "
                                    + "'-- migrate:upgrade-guards', '-- migrate:downgrade-guards' and "
                                    + "'-- migrate:no-transaction'.");
                }
                continue;
            }
            if (!phase.equals("header") || line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("--")) {
                if (fields.isEmpty() && firstMarkerLine < 0) {
                    throw notARevision(location);
                }
                throw error("SCRIPT-002", location, lineNo, "SQL before the '-- migrate:upgrade' marker",
                        "The header holds only '--' comment lines; move statements into a section.");
            }
            String[] field = field(line);
            if (field != null && FIELDS.containsKey(field[0].toLowerCase(Locale.ROOT))) {
                String key = FIELDS.get(field[0].toLowerCase(Locale.ROOT));
                if (fields.containsKey(key)) {
                    throw error("SCRIPT-002", location, lineNo, "'" + key + ":' given twice (first on line "
                            + fieldLines.get(key) + ")", "Keep one '" + key + ":' line.");
                }
                fields.put(key, field[1].strip());
                fieldLines.put(key, lineNo);
            }
        }
        if (!fields.containsKey("Revision ID") && firstMarkerLine < 0) {
            throw notARevision(location);
        }
        int endLine = lines.count();
        if (!fields.containsKey("Revision ID")) {
            throw error("SCRIPT-003", location, 1, "no '-- Revision ID:' line in the header",
                    "Add '-- Revision ID: <id>' at the top of the file.");
        }
        String id = fields.get("Revision ID");
        if (!RevisionIds.isValid(id)) {
            throw error("SCRIPT-004", location, fieldLines.get("Revision ID"), "'" + id
                    + "' is not a valid revision id", "Revision ids are " + RevisionIds.rule() + ".");
        }
        if (!fields.containsKey("Revises")) {
            throw error("SCRIPT-005", location, fieldLines.get("Revision ID"), "no '-- Revises:' line in the header",
                    "Add '-- Revises:' with the parent revision (leave it empty for a first revision, "
                            + "separate several parents of a merge with commas).");
        }
        int revisesLine = fieldLines.get("Revises");
        List<String> parents = parseParents(location, revisesLine, id, fields.get("Revises"));
        if (upgradeStart < 0) {
            throw error("SCRIPT-006", location, endLine, "no '-- migrate:upgrade' section",
                    "Add a line '-- migrate:upgrade' after the header, followed by the upgrade statements.");
        }
        if (downgradeStart < 0) {
            throw error("SCRIPT-007", location, endLine, "no '-- migrate:downgrade' section",
                    "Add a line '-- migrate:downgrade' after the upgrade statements (the section may be empty).");
        }
        int upgradeEnd = downgradeGuardsStart > 0 ? downgradeGuardsStart - 1 : downgradeStart - 1;
        Section upgrade = new Section(lines.join(upgradeStart, upgradeEnd), upgradeStart);
        Section downgrade = new Section(lines.join(downgradeStart, lines.count() + 1), downgradeStart);
        Section upgradeGuards = upgradeGuardsStart < 0 ? Section.NONE
                : new Section(lines.join(upgradeGuardsStart, upgradeStart - 1), upgradeGuardsStart);
        Section downgradeGuards = downgradeGuardsStart < 0 ? Section.NONE
                : new Section(lines.join(downgradeGuardsStart, downgradeStart - 1), downgradeGuardsStart);
        return new RevisionScript(id, parents, fields.getOrDefault("Create Date", ""),
                fields.getOrDefault("Message", ""), !noTransaction, location, fileName, upgrade, downgrade,
                checksum, revisesLine, upgradeGuards, downgradeGuards);
    }

    /**
     * The word after {@code -- migrate:} when {@code line} is a marker line as {@link #MARKER} reads it
     * ({@code migrate:} in any ASCII case, white space around the word), or {@code null}; read by hand because
     * every comment line is asked.
     */
    private static String marker(String line) {
        if (hasLineTerminator(line)) {
            Matcher marker = MARKER.matcher(line);
            return marker.matches() ? marker.group(1) : null;
        }
        if (!line.startsWith("--")) {
            return null;
        }
        int at = skipSpace(line, 2);
        String keyword = "migrate:";
        if (line.length() - at < keyword.length()) {
            return null;
        }
        for (int i = 0; i < keyword.length(); i++) {
            char c = line.charAt(at + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != keyword.charAt(i)) {
                return null;
            }
        }
        int start = skipSpace(line, at + keyword.length());
        int end = line.length();
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /**
     * The name and the value of a header field line, as {@link #FIELD} reads them ({@code -- Name: value}, the
     * name ASCII letters and spaces), or {@code null}; read by hand because every header line is one.
     */
    private static String[] field(String line) {
        if (hasLineTerminator(line)) {
            Matcher field = FIELD.matcher(line);
            return field.matches() ? new String[] {field.group(1), field.group(2)} : null;
        }
        if (!line.startsWith("--")) {
            return null;
        }
        int start = skipSpace(line, 2);
        int colon = line.indexOf(':', start);
        if (colon < 0) {
            return null;
        }
        int end = colon;
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end == start || !isAsciiLetter(line.charAt(start))) {
            return null;
        }
        for (int i = start + 1; i < end; i++) {
            char c = line.charAt(i);
            if (!isAsciiLetter(c) && c != ' ') {
                return null;
            }
        }
        return new String[] {line.substring(start, end), line.substring(colon + 1)};
    }

    /** Where the white space ({@code \s}: ASCII) from {@code at} ends. */
    private static int skipSpace(String line, int at) {
        int i = at;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Whether {@code line} holds a character that a regular expression's {@code .} does not match. */
    private static boolean hasLineTerminator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static List<String> parseParents(String location, int line, String id, String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        Set<String> parents = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            String parent = part.strip();
            if (!RevisionIds.isValid(parent)) {
                throw error("SCRIPT-004", location, line, "'" + parent + "' in 'Revises:' is not a valid revision id",
                        "List parent revision ids separated by commas (" + RevisionIds.rule()
                                + "); leave it empty for a first revision.");
            }
            if (!parents.add(parent)) {
                throw error("SCRIPT-002", location, line, "'Revises:' names " + parent + " twice",
                        "Name each parent once.");
            }
            if (parent.equals(id)) {
                throw error("SCRIPT-013", location, line, "revision " + id + " revises itself",
                        "Name the revision it follows in 'Revises:'.");
            }
        }
        return new ArrayList<>(parents);
    }

    /**
     * The lines of a text, split at {@code \n} as {@code text.split("\n", -1)} splits it, kept as offsets into the
     * text: a section is one substring, and a line is copied only when the parser reads it.
     */
    private static final class Lines {
        private final String text;
        /** Where line {@code i} starts; one more entry, just past the text's end. */
        private int[] starts = new int[64];
        private int count;

        Lines(String text) {
            this.text = text;
            int start = 0;
            while (true) {
                add(start);
                int newline = text.indexOf('\n', start);
                if (newline < 0) {
                    break;
                }
                start = newline + 1;
            }
            add(text.length() + 1);
            count--;
        }

        private void add(int start) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
        }

        int count() {
            return count;
        }

        private int end(int i) {
            return starts[i + 1] - 1;
        }

        /** Line {@code i} (0-based) without leading and trailing white space. */
        String stripped(int i) {
            return text.substring(starts[i], end(i)).strip();
        }

        /** Whether line {@code i}'s first character after white space starts {@code --}. */
        boolean startsWithComment(int i) {
            int at = starts[i];
            int end = end(i);
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at + 1 < end && text.charAt(at) == '-' && text.charAt(at + 1) == '-';
        }

        /** Lines {@code from} to {@code toExclusive} (1-based), joined with newlines: the text between them. */
        String join(int from, int toExclusive) {
            int last = Math.min(toExclusive, count + 1) - 1;
            if (from > last) {
                return "";
            }
            return text.substring(starts[from - 1], end(last - 1));
        }
    }

    /**
     * The file's text. Valid UTF-8 decodes without a replacement character, so only a file that holds one (as
     * text or in place of malformed bytes) is decoded again strictly to tell which.
     */
    private static String decode(String location, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScriptException("SCRIPT-010", location + ": the file is not valid UTF-8. "
                    + "Save it as UTF-8.");
        }
    }

    private static ScriptException notARevision(String location) {
        return new ScriptException("SCRIPT-001", location + ": this .sql file is not a revision script (no "
                + "'-- Revision ID:' header and no '-- migrate:' markers). Move it out of the script location, "
                + "or create revisions with " + Advice.command("revision") + ".");
    }

    static ScriptException error(String id, String location, int line, String problem, String fix) {
        return new ScriptException(id, location + ":" + line + ": " + problem + ". " + fix);
    }
}

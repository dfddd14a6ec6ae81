package dev.migrations.core.script;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Renders the text of a new revision file in the format {@link ScriptParser} reads. */
public final class ScriptWriter {

    private static final DateTimeFormatter CREATE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ScriptWriter() {
    }

    /**
     * @param id            the revision id
     * @param parents       its parents (empty for a base)
     * @param created       the create date
     * @param message       the message; line breaks become spaces (the header holds one line)
     * @param transactional {@code false} writes the no-transaction marker
     * @param upgradeSql    the upgrade body (may be empty)
     * @param downgradeSql  the downgrade body (may be empty)
     */
    public static String render(String id, List<String> parents, Instant created, String message,
                                boolean transactional, String upgradeSql, String downgradeSql) {
        return render(id, parents, created, message, transactional, "", upgradeSql, "", downgradeSql);
    }

    /**
     * The same, with guard sections: each is written just before the section it protects, and only when it holds
     * something, so a revision without guards reads exactly as before.
     *
     * @param upgradeGuards   the upgrade guard section's body ({@code -- guard: …} lines and queries), may be empty
     * @param downgradeGuards the downgrade guard section's body, may be empty
     */
    public static String render(String id, List<String> parents, Instant created, String message,
                                boolean transactional, String upgradeGuards, String upgradeSql,
                                String downgradeGuards, String downgradeSql) {
        StringBuilder text = new StringBuilder();
        text.append("-- Revision ID: ").append(id).append('\n');
        text.append("-- Revises:").append(parents.isEmpty() ? "" : " " + String.join(", ", parents)).append('\n');
        text.append("-- Create Date: ").append(CREATE_DATE.format(created)).append('\n');
        String oneLine = oneLine(message);
        text.append("-- Message:").append(oneLine.isEmpty() ? "" : " " + oneLine).append('\n');
        if (!transactional) {
            text.append("-- migrate:").append(ScriptParser.NO_TRANSACTION).append('\n');
        }
        text.append('\n');
        guards(text, ScriptParser.UPGRADE_GUARDS, upgradeGuards);
        text.append("-- migrate:").append(ScriptParser.UPGRADE).append('\n');
        text.append(body(upgradeSql));
        text.append('\n');
        guards(text, ScriptParser.DOWNGRADE_GUARDS, downgradeGuards);
        text.append("-- migrate:").append(ScriptParser.DOWNGRADE).append('\n');
        text.append(body(downgradeSql));
        return text.toString();
    }

    /** The message as it will appear in the header. */
    public static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }

    private static void guards(StringBuilder text, String marker, String guards) {
        String body = body(guards);
        if (!body.isEmpty()) {
            text.append("-- migrate:").append(marker).append('\n').append(body).append('\n');
        }
    }

    private static String body(String sql) {
        String body = ScriptChecksum.normalise(sql == null ? "" : sql).strip();
        return body.isEmpty() ? "" : body + "\n";
    }
}

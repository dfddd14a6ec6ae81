package dev.migrations.maven;

import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.CurrentResult;
import dev.migrations.core.api.RevisionFlag;
import dev.migrations.core.api.RevisionInfo;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The answer of a query goal ({@code current}, {@code history}, {@code heads}, {@code branches}, {@code show},
 * {@code check}): the lines a user asked for are printed even under {@code mvn -q} (on standard output when
 * Maven's info level is off), and {@code -Dmigrations.format=json} prints one JSON document instead, for tools.
 *
 * <pre>{@code
 * Answer answer = Answer.of(getLog(), overrides.string("format", format));
 * answer.line("Current revision(s): 1a2b3c4d5e6f (head)");
 * }</pre>
 */
final class Answer {

    /** How the answer is printed. */
    enum Format { TEXT, JSON }

    private final Log log;
    private final PrintStream out;
    private final Format format;

    Answer(Log log, PrintStream out, Format format) {
        this.log = log;
        this.out = out;
        this.format = format;
    }

    /** @throws MojoFailureException ({@code CONFIG-107}) for a format other than {@code text} or {@code json} */
    static Answer of(Log log, String format) throws MojoFailureException {
        String value = format == null || format.isBlank() ? "text" : format.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "text" -> new Answer(log, System.out, Format.TEXT);
            case "json" -> new Answer(log, System.out, Format.JSON);
            default -> throw new MojoFailureException("[CONFIG-107] Unknown output format '" + format.strip()
                    + "': use -Dmigrations.format=text (the default) or -Dmigrations.format=json.");
        };
    }

    boolean json() {
        return format == Format.JSON;
    }

    /** One line of a text answer: to Maven's log at info level, or to standard output when that level is off. */
    void line(String text) {
        if (json()) {
            return;
        }
        if (log.isInfoEnabled()) {
            log.info(text);
        } else {
            out.println(text);
        }
    }

    /** Prints a JSON answer's document on standard output (use {@code mvn -q} to get it alone). */
    void document(String json) {
        out.println(json);
        out.flush();
    }

    // --- JSON shapes (documented in docs/goals.md) ---

    static String revisions(List<RevisionInfo> revisions) {
        return revisions.stream().map(Answer::revision).collect(Collectors.joining(",", "[", "]"));
    }

    static String revision(RevisionInfo r) {
        return "{\"revision\":" + string(r.id()) + ",\"parents\":" + strings(r.parents()) + ",\"children\":"
                + strings(r.children()) + ",\"message\":" + string(r.message()) + ",\"createDate\":"
                + string(r.createDate()) + ",\"path\":" + string(r.path()) + ",\"flags\":"
                + strings(r.flags().stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).toList())
                + ",\"head\":" + r.isHead() + ",\"current\":" + r.flags().contains(RevisionFlag.CURRENT)
                + ",\"transactional\":" + r.transactional() + "}";
    }

    static String current(CurrentResult result) {
        return "{\"versionTableExists\":" + result.versionTableExists() + ",\"current\":"
                + revisions(result.heads()) + ",\"unknown\":" + strings(result.unknown()) + "}";
    }

    static String check(CheckResult result) {
        return "{\"upToDate\":" + result.upToDate() + ",\"changes\":" + strings(result.changes()) + ",\"warnings\":"
                + strings(result.warnings()) + ",\"scriptWarnings\":" + strings(result.scriptWarnings()) + "}";
    }

    static String strings(List<String> values) {
        return values.stream().map(Answer::string).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string literal ({@code null} for null). */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}

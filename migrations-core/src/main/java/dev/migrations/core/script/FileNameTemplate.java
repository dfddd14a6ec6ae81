package dev.migrations.core.script;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ConfigurationException;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names new script files from a template with the placeholders {@code <rev>} (required), {@code <slug>} (the
 * message, lower-case ASCII words joined by {@code _}, at most 40 characters) and {@code <date>}
 * ({@code yyyyMMdd_HHmmss}, UTC). The {@code .sql} extension is appended.
 *
 * <pre>{@code
 * new FileNameTemplate("<rev>_<slug>").fileName("1a2b3c4d5e6f", "Add e-mail", now);  // 1a2b3c4d5e6f_add_e_mail.sql
 * }</pre>
 */
public final class FileNameTemplate {

    static final int MAX_SLUG = 40;
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]*)>");
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.\\-<>]+");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private final String template;

    /** @throws ConfigurationException when the template lacks {@code <rev>} or holds unknown placeholders */
    public FileNameTemplate(String template) {
        String value = template == null || template.isBlank() ? "<rev>_<slug>" : template.strip();
        if (value.endsWith(".sql")) {
            value = value.substring(0, value.length() - 4);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new ConfigurationException("CONFIG-007", "The file template '" + template + "' may only hold "
                    + "letters, digits, '_', '-', '.' and the placeholders <rev>, <slug>, <date>. Fix <fileTemplate>.");
        }
        if (!value.contains("<rev>")) {
            throw new ConfigurationException("CONFIG-007", "The file template '" + template + "' lacks <rev>; "
                    + "every file name must carry its revision id. Fix " + Advice.setting("fileTemplate")
                    + " (default <rev>_<slug>).");
        }
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            String name = m.group(1);
            if (!name.equals("rev") && !name.equals("slug") && !name.equals("date")) {
                throw new ConfigurationException("CONFIG-007", "The file template '" + template
                        + "' has an unknown placeholder <" + name + ">; the placeholders are <rev>, <slug> and "
                        + "<date>. Fix <fileTemplate>.");
            }
        }
        this.template = value;
    }

    /** The file name for a revision. */
    public String fileName(String revision, String message, Instant created) {
        String slug = slug(message);
        String name = template.replace("<rev>", revision).replace("<slug>", slug)
                .replace("<date>", DATE.format(created));
        // an empty slug leaves a dangling separator behind
        name = name.replaceAll("([_\\-.])[_\\-.]+", "$1").replaceAll("^[_\\-.]+|[_\\-.]+$", "");
        return name + ".sql";
    }

    /** The message as lower-case ASCII words joined by {@code _}, cut at a word boundary within 40 characters. */
    public static String slug(String message) {
        if (message == null) {
            return "";
        }
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('_', MAX_SLUG);
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_SLUG);
        }
        return slug;
    }
}

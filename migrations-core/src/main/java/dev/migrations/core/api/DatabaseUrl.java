package dev.migrations.core.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The database URL to use when none is configured, and where it came from.
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseUrl.resolve(projectDir, System.getenv());
 * log.info("Database: " + DatabaseUrl.masked(url.url()) + " (" + url.source() + ")");
 * }</pre>
 *
 * @param url    the JDBC URL
 * @param source where it came from, for a log line ({@code environment variable MIGRATIONS_URL}, …)
 */
public record DatabaseUrl(String url, String source) {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|passwd|pwd)\\s*=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?;]*:)[^@/]*@");

    /**
     * {@code MIGRATIONS_URL}, then {@code DB_URL} from the environment, then {@code DB_URL} from a {@code .env}
     * file in {@code projectDir}, then the embedded default {@code jdbc:sqlite:<projectDir>/db.sqlite3}.
     */
    public static DatabaseUrl resolve(Path projectDir, Map<String, String> env) {
        String fromMigrations = env.get("MIGRATIONS_URL");
        if (fromMigrations != null && !fromMigrations.isBlank()) {
            return new DatabaseUrl(fromMigrations.trim(), "environment variable MIGRATIONS_URL");
        }
        String fromDbUrl = env.get("DB_URL");
        if (fromDbUrl != null && !fromDbUrl.isBlank()) {
            return new DatabaseUrl(fromDbUrl.trim(), "environment variable DB_URL");
        }
        Path dotEnv = projectDir.resolve(".env");
        Optional<String> fromFile = readDotEnv(dotEnv, "DB_URL");
        if (fromFile.isPresent()) {
            return new DatabaseUrl(fromFile.get(), "DB_URL in " + dotEnv);
        }
        Path file = projectDir.toAbsolutePath().normalize().resolve("db.sqlite3");
        return new DatabaseUrl("jdbc:sqlite:" + file, "embedded default");
    }

    /** The URL with any password (a {@code password=} parameter or {@code user:password@}) replaced by {@code ***}. */
    public static String masked(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1***@");
    }

    /** This URL, masked. */
    public String maskedUrl() {
        return masked(url);
    }

    @Override
    public String toString() {
        return masked(url) + " (" + source + ")";
    }

    private static Optional<String> readDotEnv(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.startsWith("export") && line.length() > 6 && Character.isWhitespace(line.charAt(6))) {
                    line = line.substring("export".length()).strip();
                }
                if (line.isEmpty() || line.startsWith("#") || !line.startsWith(key)) {
                    continue;
                }
                String rest = line.substring(key.length()).stripLeading();
                if (!rest.startsWith("=")) {
                    continue;
                }
                String value = unquote(rest.substring(1).strip());
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new ConfigurationException("CONFIG-009", "Cannot read " + file + ": " + e.getMessage()
                    + ". Fix the file's permissions, or set the URL with " + Phrasing.Advice.setting("url") + ".", e);
        }
    }

    /**
     * The value of a {@code .env} assignment: {@code "…"} or {@code '…'} up to the matching quote (a backslash
     * escapes the next character inside double quotes), or the bare text up to a {@code #} that follows
     * whitespace; a comment may follow a quoted value.
     */
    static String unquote(String value) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            char quote = value.charAt(0);
            StringBuilder inside = new StringBuilder();
            for (int i = 1; i < value.length(); i++) {
                char c = value.charAt(i);
                if (quote == '"' && c == '\\' && i + 1 < value.length()) {
                    inside.append(value.charAt(++i));
                } else if (c == quote) {
                    return inside.toString();
                } else {
                    inside.append(c);
                }
            }
            // no closing quote: take the text as written rather than guess
            return value;
        }
        int comment = value.indexOf('#');
        while (comment > 0 && !Character.isWhitespace(value.charAt(comment - 1))) {
            comment = value.indexOf('#', comment + 1);
        }
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}

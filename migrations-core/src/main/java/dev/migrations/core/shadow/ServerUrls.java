package dev.migrations.core.shadow;

import java.util.Locale;
import java.util.Optional;

/**
 * Rewrites the database name of a server's JDBC URL, keeping the hosts and every option (credentials included), so
 * that a shadow database is reached on the same server the same way:
 *
 * <pre>{@code
 * ServerUrls.withDatabase("jdbc:postgresql://db:5432/app?user=ci", "migrations_shadow_1a2b")
 *         // jdbc:postgresql://db:5432/migrations_shadow_1a2b?user=ci
 * ServerUrls.withDatabase("jdbc:mariadb://db/app?user=ci", "")   // jdbc:mariadb://db/?user=ci (no database)
 * }</pre>
 *
 * Understood forms: {@code jdbc:<protocol>[:<mode>]://<hosts>[/<database>][?<options>]} and PostgreSQL's
 * host-less {@code jdbc:postgresql:<database>[?<options>]}.
 */
final class ServerUrls {

    private ServerUrls() {
    }

    /** The URL with {@code database} as its database; an empty name leaves the path at {@code /}. */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//");
        int query = url.indexOf('?');
        if (hosts < 0 || (query >= 0 && query < hosts)) {
            // jdbc:postgresql:app?… names the database right after the protocol
            String protocol = "jdbc:postgresql:";
            String tail = query < 0 ? "" : url.substring(query);
            return url.substring(0, protocol.length()) + (database.isEmpty() ? "/" : database) + tail;
        }
        int authorityEnd = firstOf(url, hosts + 2, '/', '?');
        String tail = query < 0 ? "" : url.substring(query);
        return url.substring(0, authorityEnd) + "/" + database + tail;
    }

    /** The database the URL names, if it names one. */
    static Optional<String> database(String url) {
        int hosts = url.indexOf("//");
        int query = url.indexOf('?');
        String path;
        if (hosts < 0 || (query >= 0 && query < hosts)) {
            String protocol = "jdbc:postgresql:";
            if (!url.toLowerCase(Locale.ROOT).startsWith(protocol)) {
                return Optional.empty();
            }
            path = url.substring(protocol.length(), query < 0 ? url.length() : query);
        } else {
            int authorityEnd = firstOf(url, hosts + 2, '/', '?');
            if (authorityEnd >= url.length() || url.charAt(authorityEnd) != '/') {
                return Optional.empty();
            }
            path = url.substring(authorityEnd + 1, query < 0 ? url.length() : query);
        }
        path = path.replaceAll("^/+", "");
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    private static int firstOf(String text, int from, char a, char b) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return text.length();
    }
}

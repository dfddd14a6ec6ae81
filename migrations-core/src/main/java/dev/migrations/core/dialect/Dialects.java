package dev.migrations.core.dialect;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the dialect for a database, by JDBC URL or by the product name its driver reports.
 *
 * <pre>{@code
 * Dialect d = Dialects.forUrl("jdbc:h2:mem:test").orElseThrow();
 * Dialect e = Dialects.forProductName(connection.getMetaData().getDatabaseProductName()).orElseThrow();
 * }</pre>
 */
public final class Dialects {

    private Dialects() {
    }

    /** The dialect for a {@code jdbc:<subprotocol>:…} URL, or empty when the database is not supported. */
    public static Optional<Dialect> forUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return Optional.of(new SqliteDialect());
        }
        if (url.startsWith("jdbc:h2:")) {
            return Optional.of(new H2Dialect());
        }
        return Optional.empty();
    }

    /**
     * The dialect for a JDBC URL.
     *
     * @throws UnsupportedDatabaseException ({@code [DIFF-001]}) when no dialect supports the database
     */
    public static Dialect require(String jdbcUrl) {
        return forUrl(jdbcUrl).orElseThrow(() -> new UnsupportedDatabaseException("the URL scheme of '"
                + scheme(jdbcUrl) + "'"));
    }

    /** Only {@code jdbc:<subprotocol>}: the rest of a URL may hold a password. */
    private static String scheme(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "(no URL)";
        }
        String[] parts = jdbcUrl.strip().split(":", 3);
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : "(not a JDBC URL)";
    }

    /** The dialect for {@code DatabaseMetaData.getDatabaseProductName()}, or empty when not supported. */
    public static Optional<Dialect> forProductName(String productName) {
        String name = productName == null ? "" : productName.strip().toLowerCase(Locale.ROOT);
        if (name.equals("sqlite")) {
            return Optional.of(new SqliteDialect());
        }
        if (name.equals("h2")) {
            return Optional.of(new H2Dialect());
        }
        return Optional.empty();
    }
}

package dev.migrations.core.database.mariadb;

import java.util.Locale;

/**
 * The two servers this package speaks to. They share the SQL this package writes, with a few differences that
 * each flavour answers for itself: MySQL 8 has no sequences (Hibernate emulates each with a one-row table
 * {@code <name>(next_val bigint)}), no {@code uuid} type ({@code binary(16)} instead) and no
 * {@code DROP INDEX IF EXISTS}; it reports string defaults without quotes and prefixes string literals in check
 * clauses with their character set.
 *
 * <pre>{@code
 * MariaDbFlavor.fromProductName("MySQL");   // MYSQL
 * MariaDbFlavor.fromUrl("jdbc:mariadb://db/app");   // MARIADB
 * }</pre>
 */
public enum MariaDbFlavor {
    /** MariaDB 10.7 or later (native {@code uuid}, sequences, {@code IF EXISTS} on index drops). */
    MARIADB("MariaDB", "jdbc:mariadb:"),
    /** MySQL 8.0.19 or later. */
    MYSQL("MySQL", "jdbc:mysql:");

    private final String productName;
    private final String urlPrefix;

    MariaDbFlavor(String productName, String urlPrefix) {
        this.productName = productName;
        this.urlPrefix = urlPrefix;
    }

    /** The name the server's driver reports and users know it by. */
    public String productName() {
        return productName;
    }

    /** The JDBC URL prefix of this flavour's driver. */
    public String urlPrefix() {
        return urlPrefix;
    }

    /** Whether the server has native sequences (MariaDB); on MySQL they are one-row tables. */
    public boolean hasSequences() {
        return this == MARIADB;
    }

    /** The flavour a JDBC URL names, or {@code null}. */
    public static MariaDbFlavor fromUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip().toLowerCase(Locale.ROOT);
        for (MariaDbFlavor f : values()) {
            if (url.startsWith(f.urlPrefix)) {
                return f;
            }
        }
        return null;
    }

    /** The flavour a driver's product name names, or {@code null}. */
    public static MariaDbFlavor fromProductName(String productName) {
        for (MariaDbFlavor f : values()) {
            if (f.productName.equalsIgnoreCase(productName == null ? "" : productName.strip())) {
                return f;
            }
        }
        return null;
    }
}

package dev.migrations.core.database.generic;

import java.util.Locale;

/**
 * What the generic dialect and reader must know about one database beyond standard SQL: the few differences
 * proven on the databases the generic path is tested with. Every other database gets {@link #standard(String)}.
 *
 * <pre>{@code
 * ProductTraits derby = ProductTraits.of("Apache Derby");
 * derby.binaryForBitData();   // true: binary(n) is spelled char(n) for bit data
 * }</pre>
 *
 * @param name                 the database's name, for messages ({@code HSQLDB}, {@code Apache Derby})
 * @param singlePrecision      whether {@code real} is kept as a single-precision type (HSQLDB makes every
 *                             floating-point column {@code double})
 * @param binaryForBitData     whether binary strings are spelled {@code char(n) for bit data} and
 *                             {@code varchar(n) for bit data} (Derby) rather than {@code binary(n)}/{@code varbinary(n)}
 * @param descendingIndexes    whether index columns keep a descending order that the metadata reports (HSQLDB
 *                             accepts {@code desc} and builds an ascending index)
 */
public record ProductTraits(String name, boolean singlePrecision, boolean binaryForBitData,
                            boolean descendingIndexes) {

    /** A database that follows the standard in each of these points. */
    public static ProductTraits standard(String name) {
        return new ProductTraits(name, true, false, true);
    }

    /**
     * The traits of a database known by its product name ({@code DatabaseMetaData.getDatabaseProductName()}) or by
     * the name a URL gives it.
     */
    public static ProductTraits of(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("hsql")) {
            return new ProductTraits("HSQLDB", false, false, false);
        }
        if (n.contains("derby")) {
            return new ProductTraits("Apache Derby", true, true, true);
        }
        return standard(name == null || name.isBlank() ? "unknown database" : name.strip());
    }
}

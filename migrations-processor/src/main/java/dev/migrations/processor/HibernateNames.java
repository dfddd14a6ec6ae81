package dev.migrations.processor;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/** The names Hibernate generates for unnamed constraints, reproduced so that the model carries the same. */
final class HibernateNames {

    private HibernateNames() {
    }

    /**
     * Hibernate's name for an unnamed {@code @Index}: {@code IDX} and an MD5 hash, in base 35, of the physical
     * table name and the column names as written in {@code columnList}, sorted (its {@code NamingHelper}).
     */
    static String indexName(String physicalTable, List<String> columnNames) {
        String[] sorted = columnNames.toArray(new String[0]);
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder("table`").append(physicalTable).append('`');
        for (String c : sorted) {
            sb.append("column`").append(c).append('`');
        }
        return "IDX" + hash(sb.toString());
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}

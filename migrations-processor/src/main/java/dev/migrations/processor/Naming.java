package dev.migrations.processor;

import java.util.Locale;

/**
 * How logical names become physical ones, as Hibernate's naming strategies do. {@link #JPA} is Hibernate's
 * default (names as written); {@link #SNAKE_CASE} is Spring Boot's ({@code CamelCaseToUnderscoresNamingStrategy}
 * with {@code SpringImplicitNamingStrategy}). Chosen with {@code -Amigrations.naming=jpa|snake_case}.
 */
enum Naming {
    JPA {
        @Override
        String physical(String logical) {
            return logical;
        }

        @Override
        String implicitJoinTable(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + targetTable;
        }
    },
    SNAKE_CASE {
        @Override
        String physical(String logical) {
            StringBuilder sb = new StringBuilder(logical.replace('.', '_'));
            for (int i = 1; i < sb.length() - 1; i++) {
                if (underscoreBetween(sb.charAt(i - 1), sb.charAt(i), sb.charAt(i + 1))) {
                    sb.insert(i++, '_');
                }
            }
            return sb.toString().toLowerCase(Locale.ROOT);
        }

        @Override
        String implicitJoinTable(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + attribute;
        }
    };

    /** The option that selects the strategy. */
    static final String OPTION = "migrations.naming";

    /**
     * The physical name of a table, column or sequence name (implicit or explicit). A name quoted with back-ticks
     * or double quotes ({@code `order`}) is taken as written, without the quotes, as Hibernate does; dialects
     * quote names that need it when they write SQL.
     */
    String physicalName(String logical) {
        if (logical.length() > 2 && ((logical.startsWith("`") && logical.endsWith("`"))
                || (logical.startsWith("\"") && logical.endsWith("\"")))) {
            return logical.substring(1, logical.length() - 1);
        }
        return physical(logical);
    }

    /** The strategy's transformation of an unquoted name. */
    abstract String physical(String logical);

    /**
     * The logical name of an implicit join table ({@code @ManyToMany}, unidirectional {@code @OneToMany}).
     *
     * @param ownerTable  the physical table of the owning entity
     * @param targetTable the physical table of the target entity
     * @param attribute   the owning attribute's name
     */
    abstract String implicitJoinTable(String ownerTable, String targetTable, String attribute);

    private static boolean underscoreBetween(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }

    /** The strategy an option value names, or {@code null} when none does. */
    static Naming fromOption(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("jpa")) {
            return JPA;
        }
        if (value.strip().equalsIgnoreCase("snake_case")) {
            return SNAKE_CASE;
        }
        return null;
    }
}

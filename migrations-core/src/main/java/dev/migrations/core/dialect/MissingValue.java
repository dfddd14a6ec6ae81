package dev.migrations.core.dialect;

/**
 * Why no value for existing rows can be derived for a NOT NULL column added without a default: the value every
 * row would get breaks what follows (a foreign key, a key of its own) or the type has no neutral value.
 *
 * <pre>{@code
 * DataGuards.missingValue(goal, start, column).ifPresent(m -> log.warn(m.reason()));
 * }</pre>
 *
 * @param table  the table's name as the script names it
 * @param column the added column
 * @param reason why no value fits, as a sentence fragment ({@code it joins the foreign key (customer_id) to
 *               'customer'})
 */
public record MissingValue(String table, String column, String reason) {

    /** The comment written just above the step that adds the column. */
    public String note() {
        return "-- NOTE: no value for the existing rows of '" + table + "' can be derived for the new NOT NULL "
                + "column '" + column + "': " + reason + ". Edit this step to give them a valid value (a default, or "
                + "an UPDATE before the constraint), then remove its guard.";
    }
}

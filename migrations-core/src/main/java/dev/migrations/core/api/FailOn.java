package dev.migrations.core.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The warning codes that fail {@code revision} (autogenerate) and {@code check} instead of only being reported, for
 * CI: exact codes ({@code DS102}), families ({@code DS} for every destructive step) or {@code all}.
 *
 * <pre>{@code
 * FailOn failOn = FailOn.parse("DS,DD103");
 * failOn.matching(List.of("DS102 (upgrade): column 'students.fax' is dropped …"));   // that line
 * }</pre>
 *
 * @param selectors the codes and families, upper case; empty for none
 */
public record FailOn(Set<String> selectors) {

    private static final Pattern CODE = Pattern.compile("(DS|DD|BC|RN|NM)(\\d{3})?");
    private static final Set<String> FAMILIES = Set.of("DS", "DD", "BC", "RN", "NM");

    /** Nothing fails. */
    public static final FailOn NONE = new FailOn(Set.of());

    public FailOn {
        selectors = Set.copyOf(selectors);
    }

    /**
     * Reads a comma-separated list ({@code DS101, DD}); blank is {@link #NONE}.
     *
     * @throws ConfigurationException ({@code CONFIG-013}) for an entry that is not a code, a family or {@code all}
     */
    public static FailOn parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Set<String> selectors = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String entry = part.strip().toUpperCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (!entry.equals("ALL") && !CODE.matcher(entry).matches()) {
                throw new ConfigurationException("CONFIG-013", "'" + part.strip() + "' in "
                        + Phrasing.Advice.setting("failOn") + " is not a warning code: use codes such as DS102, "
                        + "families (DS, DD, BC, RN, NM) or all, separated by commas.");
            }
            selectors.add(entry);
        }
        return new FailOn(selectors);
    }

    /** Whether a code ({@code DS102}) is selected. */
    public boolean matches(String code) {
        return selectors.contains("ALL") || selectors.contains(code)
                || (code.length() >= 2 && FAMILIES.contains(code.substring(0, 2)) && selectors.contains(code.substring(0, 2)));
    }

    /**
     * The warning lines whose code is selected: {@code DS102 (upgrade): …}, or a script's {@code <revision>: DS102: …}.
     */
    public List<String> matching(List<String> warnings) {
        List<String> hits = new ArrayList<>();
        for (String warning : warnings) {
            String text = warning.strip().replaceFirst("^[0-9a-f]{12}: ", "");
            String code = text.split("[ :(]", 2)[0];
            if (matches(code)) {
                hits.add(warning);
            }
        }
        return hits;
    }
}

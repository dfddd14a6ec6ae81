package dev.migrations.core.introspect;

import dev.migrations.model.ReferentialAction;
import java.util.Locale;

/** Reads the referential action names that data dictionaries report ({@code SET NULL}, {@code NO_ACTION}). */
public final class ReferentialActions {

    private ReferentialActions() {
    }

    public static ReferentialAction parse(String text) {
        if (text == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT).replace('_', ' ')) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}

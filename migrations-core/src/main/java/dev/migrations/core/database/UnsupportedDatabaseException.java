package dev.migrations.core.database;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ConfigurationException;

/**
 * No package of this version knows the database ({@code DB-004}, a user error). The message names the database
 * (a URL's {@code jdbc:<subprotocol>} only, never the rest of the URL) and the supported ones.
 *
 * <pre>{@code
 * try {
 *     Database database = Databases.forUrl(url);
 * } catch (UnsupportedDatabaseException e) {
 *     log.error(e.getMessage());   // "[DB-004] …"
 * }
 * }</pre>
 */
public final class UnsupportedDatabaseException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    UnsupportedDatabaseException(String what) {
        super("DB-004", "This version does not support " + what + " databases (supported: "
                + Databases.supportedNames() + "). Point " + Advice.setting("url") + " at a supported database; to "
                + "autogenerate for this one, write the revision by hand instead (" + Advice.command("revision",
                "message=…") + ", without " + Advice.setting("autogenerate") + ").");
    }
}

package dev.migrations.core.database;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.ConfigurationException;

/**
 * The URL names no database this version can run ({@code DB-004}, a user error): it is not a JDBC URL
 * ({@code jdbc:<subprotocol>:…}). Any JDBC URL is run, by its database's package or by the generic database. The
 * message names what was given (a URL's {@code jdbc:<subprotocol>} only, never the rest of the URL).
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

    /** @param what how the URL starts ({@code " starting 'postgres:'"}), or empty; never the rest of it */
    UnsupportedDatabaseException(String what) {
        super("DB-004", "The database URL" + what + " is not a JDBC URL: it must start with jdbc:<subprotocol>: "
                + "(databases with their own package: " + Databases.supportedNames() + "; any other through its JDBC "
                + "driver). Fix " + Advice.setting("url") + ".");
    }
}

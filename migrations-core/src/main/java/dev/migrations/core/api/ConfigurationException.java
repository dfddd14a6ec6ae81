package dev.migrations.core.api;

/**
 * Bad configuration of the facade: a missing or malformed setting. The message names the setting.
 *
 * <pre>{@code
 * catch (ConfigurationException e) { log.error(e.getMessage()); }   // "[CONFIG-002] …", then what to do
 * }</pre>
 * {@link #userError()} is {@code true}.
 */
public class ConfigurationException extends MigrationsException {

    public ConfigurationException(String id, String message) {
        super(id, message, true, null);
    }

    public ConfigurationException(String id, String message, Throwable cause) {
        super(id, message, true, cause);
    }
}

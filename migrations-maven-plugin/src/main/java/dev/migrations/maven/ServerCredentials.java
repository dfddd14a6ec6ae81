package dev.migrations.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The database user and password, from the {@code user}/{@code password} parameters and from the
 * settings.xml {@code <server>} that {@code serverId} names.
 *
 * <p>An explicit {@code user} or {@code password} (POM or {@code -D}) wins over the server's, field by field:
 * the server holds the team's defaults and a one-off command line can still override them, as Flyway's
 * {@code serverId} does. Encrypted server passwords ({@code mvn --encrypt-password}) are decrypted.
 *
 * <pre>{@code
 * ServerCredentials credentials = ServerCredentials.resolve("app-db", null, null, settings, decrypter);
 * builder.user(credentials.user()).password(credentials.password());
 * }</pre>
 *
 * @param user the database user, or {@code null}
 * @param password the password, or {@code null}; never printed
 * @param serverId the settings.xml server that supplied a user or password, or {@code null}
 */
record ServerCredentials(String user, String password, String serverId) {

    static ServerCredentials resolve(String serverId, String user, String password, Settings settings,
                                     SettingsDecrypter decrypter) throws MojoFailureException {
        if (isBlank(serverId)) {
            return new ServerCredentials(user, password, null);
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoFailureException("[CONFIG-102] settings.xml has no <server> with <id>" + serverId
                    + "</id>. Add <server><id>" + serverId + "</id><username>…</username><password>…</password>"
                    + "</server> to ~/.m2/settings.xml, or remove <serverId> from the plugin configuration"
                    + " (-Dmigrations.serverId).");
        }
        Server decrypted = decrypt(server, decrypter);
        boolean serverUsed = isBlank(user) && decrypted.getUsername() != null
                || isBlank(password) && decrypted.getPassword() != null;
        return new ServerCredentials(
                isBlank(user) ? decrypted.getUsername() : user,
                isBlank(password) ? decrypted.getPassword() : password,
                serverUsed ? serverId : null);
    }

    private static Server decrypt(Server server, SettingsDecrypter decrypter) throws MojoFailureException {
        if (decrypter == null) {
            return server;
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("[CONFIG-103] Cannot decrypt the password of settings.xml <server> "
                        + server.getId() + ": " + problem.getMessage()
                        + ". Check ~/.m2/settings-security.xml (mvn --encrypt-master-password) and re-encrypt"
                        + " the password with mvn --encrypt-password.");
            }
        }
        return result.getServer() == null ? server : result.getServer();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** For the {@code Using database …} line: {@code " as app (credentials from settings.xml <server> app-db)"}. */
    String describe() {
        String who = isBlank(user) ? "" : " as " + user;
        return serverId == null ? who : who + " (credentials from settings.xml <server> " + serverId + ")";
    }

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "ServerCredentials[user=" + user + ", password=" + (password == null ? "none" : "****")
                + ", serverId=" + serverId + "]";
    }
}

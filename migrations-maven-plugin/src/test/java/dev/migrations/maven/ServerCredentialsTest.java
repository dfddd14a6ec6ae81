package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class ServerCredentialsTest {

    /** Decrypts "{enc}" passwords by stripping the marker; reports a problem for "{broken}". */
    private static final SettingsDecrypter DECRYPTER = new SettingsDecrypter() {
        @Override
        public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
            List<Server> servers = new ArrayList<>();
            List<SettingsProblem> problems = new ArrayList<>();
            for (Server server : request.getServers()) {
                Server copy = server.clone();
                String password = server.getPassword();
                if ("{broken}".equals(password)) {
                    problems.add(new DefaultSettingsProblem("Failed to decrypt password for server " + server.getId(),
                            SettingsProblem.Severity.ERROR, "server: " + server.getId(), -1, -1, null));
                } else if (password != null && password.startsWith("{enc}")) {
                    copy.setPassword(password.substring("{enc}".length()));
                }
                servers.add(copy);
            }
            return new SettingsDecryptionResult() {
                public Server getServer() {
                    return servers.isEmpty() ? null : servers.get(0);
                }

                public List<Server> getServers() {
                    return servers;
                }

                public Proxy getProxy() {
                    return null;
                }

                public List<Proxy> getProxies() {
                    return List.of();
                }

                public List<SettingsProblem> getProblems() {
                    return problems;
                }
            };
        }
    };

    private static Settings settingsWith(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    void withoutServerIdTheExplicitUserAndPasswordAreUsed() throws MojoFailureException {
        ServerCredentials credentials = ServerCredentials.resolve(null, "app", "pw", new Settings(), DECRYPTER);
        assertEquals("app", credentials.user());
        assertEquals("pw", credentials.password());
    }

    @Test
    void theServerNamedByServerIdSuppliesTheDecryptedCredentials() throws MojoFailureException {
        Settings settings = settingsWith("app-db", "owner", "{enc}s3cret");
        ServerCredentials credentials = ServerCredentials.resolve("app-db", null, null, settings, DECRYPTER);
        assertEquals("owner", credentials.user());
        assertEquals("s3cret", credentials.password());
    }

    @Test
    void theAnnouncementNamesTheUserAndTheServerButNeverThePassword() throws MojoFailureException {
        Settings settings = settingsWith("app-db", "owner", "{enc}s3cret");
        String fromServer = ServerCredentials.resolve("app-db", null, null, settings, DECRYPTER).describe();
        assertEquals(" as owner (credentials from settings.xml <server> app-db)", fromServer);
        String explicit = ServerCredentials.resolve("app-db", "reader", "pw", settings, DECRYPTER).describe();
        assertEquals(" as reader", explicit);
        assertEquals("", ServerCredentials.resolve(null, null, null, settings, DECRYPTER).describe());
    }

    @Test
    void anExplicitUserAndPasswordWinOverTheServersFieldByField() throws MojoFailureException {
        Settings settings = settingsWith("app-db", "owner", "{enc}s3cret");
        ServerCredentials userOnly = ServerCredentials.resolve("app-db", "reader", null, settings, DECRYPTER);
        assertEquals("reader", userOnly.user());
        assertEquals("s3cret", userOnly.password());
        ServerCredentials both = ServerCredentials.resolve("app-db", "reader", "other", settings, DECRYPTER);
        assertEquals("reader", both.user());
        assertEquals("other", both.password());
    }

    @Test
    void anUnknownServerIdFailsNamingTheServerToAdd() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> ServerCredentials.resolve("missing-db", null, null, settingsWith("app-db", "u", "p"), DECRYPTER));
        assertTrue(e.getMessage().startsWith("[CONFIG-102] "), e.getMessage());
        assertTrue(e.getMessage().contains("<id>missing-db</id>"), e.getMessage());
    }

    @Test
    void aPasswordThatCannotBeDecryptedFailsWithoutShowingIt() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> ServerCredentials.resolve("app-db", null, null, settingsWith("app-db", "u", "{broken}"),
                        DECRYPTER));
        assertTrue(e.getMessage().startsWith("[CONFIG-103] "), e.getMessage());
        assertFalse(e.getMessage().contains("{broken}"), e.getMessage());
    }

    @Test
    void aBlankServerIdMeansNoServer() throws MojoFailureException {
        ServerCredentials credentials = ServerCredentials.resolve("  ", null, null, null, DECRYPTER);
        assertNull(credentials.user());
        assertNull(credentials.password());
    }

    @Test
    void theStringFormNeverShowsThePassword() {
        String text = new ServerCredentials("owner", "s3cret", "app-db").toString();
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("owner"), text);
    }
}

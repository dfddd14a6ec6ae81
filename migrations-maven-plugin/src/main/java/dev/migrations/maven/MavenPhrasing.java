package dev.migrations.maven;

import dev.migrations.core.api.Phrasing;
import java.util.List;

/**
 * Phrases core's settings and commands as a Maven user types them: {@code <url> (-Dmigrations.url)},
 * {@code -Dmigrations.target=-1}, {@code mvn migrations:stamp -Dmigrations.target=head}.
 *
 * <pre>{@code
 * throw new MojoFailureException(e.message(MavenPhrasing.INSTANCE), e);
 * }</pre>
 */
final class MavenPhrasing implements Phrasing {

    static final MavenPhrasing INSTANCE = new MavenPhrasing();

    private MavenPhrasing() {
    }

    @Override
    public String setting(String name) {
        return "<" + name + "> (-Dmigrations." + name + ")";
    }

    @Override
    public String settingValue(String name, String value) {
        return "-Dmigrations." + name + "=" + (value.contains(" ") ? "\"" + value + "\"" : value);
    }

    @Override
    public String command(String name, List<String> settingValues) {
        StringBuilder command = new StringBuilder("mvn migrations:").append(name);
        for (String pair : settingValues) {
            String[] kv = pair.split("=", 2);
            command.append(' ').append(settingValue(kv[0], kv.length > 1 ? kv[1] : ""));
        }
        return command.toString();
    }
}

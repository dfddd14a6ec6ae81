package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.Phrasing.Advice;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Advice reads as a Spring Boot user acts on it; the properties' defaults are the engine's. */
class SpringBootPhrasingTest {

    private final SpringBootPhrasing phrasing = SpringBootPhrasing.INSTANCE;

    @Test
    void startUpSettingsAreSpringMigrationsProperties() {
        assertThat(phrasing.render("set " + Advice.setting("driftCheck") + " to WARN"))
                .isEqualTo("set spring.migrations.drift-check to WARN");
        assertThat(phrasing.render(Advice.setting("classpathLocation"))).isEqualTo("spring.migrations.script-location");
        assertThat(phrasing.render(Advice.value("versionTable", "app_versions")))
                .isEqualTo("spring.migrations.version-table=app_versions");
    }

    @Test
    void commandsAreTheMavenGoalsOnTheSameScripts() {
        assertThat(phrasing.render(Advice.command("revision", "autogenerate", "message=add email")))
                .isEqualTo("mvn migrations:revision -Dmigrations.autogenerate -Dmigrations.message=\"add email\"");
        assertThat(phrasing.render(Advice.command("stamp", "target=head")))
                .isEqualTo("mvn migrations:stamp -Dmigrations.target=head");
        assertThat(phrasing.render(Advice.setting("target"))).isEqualTo("-Dmigrations.target");
    }

    @Test
    void anEngineErrorNamesTheProperty() {
        ConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigurationException.class,
                () -> Migrations.configure().url("jdbc:sqlite:x.db").classpathLocation("db/migrations")
                        .versionTable("bad name").load());
        assertThat(e.message(phrasing)).startsWith("[CONFIG-004]").endsWith("Fix spring.migrations.version-table.");
    }

    @Test
    void thePropertiesDefaultsAreTheEngines() {
        MigrationsProperties properties = new MigrationsProperties();
        assertThat(properties.getVersionTable()).isEqualTo(MigrationsBuilder.DEFAULT_VERSION_TABLE);
        assertThat(properties.getLockTimeout()).isEqualTo(MigrationsBuilder.DEFAULT_LOCK_TIMEOUT)
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.getSeedLocation()).isEqualTo("classpath:" + MigrationsBuilder.DEFAULT_SEED_LOCATION);
    }
}

package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.Phrasing.Advice;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class MavenPhrasingTest {

    @Test
    void coreAdviceReadsAsPomElementsAndMavenCommands() {
        ConfigurationException e = new ConfigurationException("CONFIG-999", "Set " + Advice.setting("url")
                + ", or run " + Advice.command("stamp", "target=head", "purge=true") + " with "
                + Advice.value("message", "add email") + ".");

        Exception failure = MavenFailures.of(e);

        assertEquals(MojoFailureException.class, failure.getClass());
        assertEquals("[CONFIG-999] Set <url> (-Dmigrations.url), or run mvn migrations:stamp "
                + "-Dmigrations.target=head -Dmigrations.purge=true with -Dmigrations.message=\"add email\".",
                failure.getMessage());
    }
}

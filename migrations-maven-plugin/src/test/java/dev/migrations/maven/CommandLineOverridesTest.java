package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class CommandLineOverridesTest {

    private static Properties props(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    @Test
    void aCommandLineValueWinsOverThePomValue() {
        CommandLineOverrides overrides = new CommandLineOverrides(props("migrations.target", "base"), props());
        assertEquals("base", overrides.string("target", "head"));
    }

    @Test
    void thePomValueStandsWhenNothingIsGivenOnTheCommandLine() {
        CommandLineOverrides overrides = new CommandLineOverrides(props("migrations.other", "x"), props());
        assertEquals("head", overrides.string("target", "head"));
        assertNull(overrides.commandLineValue("target"));
    }

    @Test
    void propertiesWithoutTheMigrationsPrefixAreIgnored() {
        CommandLineOverrides overrides = new CommandLineOverrides(props("target", "base", "url", "jdbc:x:y"), props());
        assertEquals("head", overrides.string("target", "head"));
        assertNull(overrides.string("url", null));
    }

    @Test
    void userPropertiesWinOverSystemProperties() {
        CommandLineOverrides overrides = new CommandLineOverrides(props("migrations.url", "jdbc:sqlite:user.db"),
                props("migrations.url", "jdbc:sqlite:system.db"));
        assertEquals("jdbc:sqlite:user.db", overrides.string("url", "jdbc:sqlite:pom.db"));
    }

    @Test
    void systemPropertiesSetWithMavenOptsAlsoOverrideThePom() {
        CommandLineOverrides overrides = new CommandLineOverrides(props(),
                props("migrations.url", "jdbc:sqlite:system.db"));
        assertEquals("jdbc:sqlite:system.db", overrides.string("url", "jdbc:sqlite:pom.db"));
    }

    @Test
    void aBareFlagOnTheCommandLineMeansTrueEvenWhenThePomSaysFalse() throws MojoFailureException {
        assertTrue(new CommandLineOverrides(props("migrations.verbose", ""), props()).flag("verbose", false));
        assertTrue(new CommandLineOverrides(props("migrations.verbose", "true"), props()).flag("verbose", false));
        assertTrue(new CommandLineOverrides(props("migrations.verbose", " TRUE "), props()).flag("verbose", false));
    }

    @Test
    void anExplicitFalseOnTheCommandLineTurnsOffAFlagThePomTurnedOn() throws MojoFailureException {
        assertFalse(new CommandLineOverrides(props("migrations.skip", "false"), props()).flag("skip", true));
    }

    @Test
    void aFlagKeepsItsPomValueWithoutACommandLineValue() throws MojoFailureException {
        assertTrue(new CommandLineOverrides(props(), props()).flag("purge", true));
        assertFalse(new CommandLineOverrides(props(), props()).flag("purge", false));
    }

    @Test
    void aFlagThatIsNotABooleanFailsWithTheCatalogueIdAndTheFix() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new CommandLineOverrides(props("migrations.purge", "yes"), props()).flag("purge", false));
        assertTrue(e.getMessage().startsWith("[CONFIG-101] "), e.getMessage());
        assertTrue(e.getMessage().contains("-Dmigrations.purge=true"), e.getMessage());
    }

    @Test
    void aRelativeCommandLinePathIsTakenFromTheProjectDirectory() {
        File base = new File("/work/project");
        CommandLineOverrides overrides = new CommandLineOverrides(props("migrations.scriptLocation", "other/dir"),
                props());
        assertEquals(new File(base, "other/dir"), overrides.file("scriptLocation", new File(base, "pom/dir"), base));
    }

    @Test
    void anAbsoluteCommandLinePathIsKeptAsGiven() {
        File absolute = new File("/elsewhere/scripts").getAbsoluteFile();
        CommandLineOverrides overrides = new CommandLineOverrides(
                props("migrations.scriptLocation", absolute.getPath()), props());
        assertEquals(absolute, overrides.file("scriptLocation", new File("/work/project/pom"), new File("/work")));
    }

    @Test
    void missingPropertySetsBehaveAsEmpty() {
        assertEquals("head", new CommandLineOverrides(null, null).string("target", "head"));
    }
}

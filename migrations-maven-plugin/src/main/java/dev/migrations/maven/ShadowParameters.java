package dev.migrations.maven;

import dev.migrations.core.api.CompareAgainst;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.MigrationsException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What {@code check} and {@code revision -Dmigrations.autogenerate} compare the entity model with, read from the
 * {@code against} and {@code shadowUrl} parameters ({@code -D} first), checked before anything is touched.
 *
 * <pre>{@code
 * ShadowParameters shadow = ShadowParameters.read(overrides, against, shadowUrl);   // may fail: SHADOW-001
 * shadow.configure(builder);
 * }</pre>
 */
record ShadowParameters(CompareAgainst against, String shadowUrl) {

    static ShadowParameters read(CommandLineOverrides overrides, String against, String shadowUrl)
            throws MojoFailureException {
        try {
            return new ShadowParameters(CompareAgainst.parse(overrides.string("against", against)),
                    overrides.string("shadowUrl", shadowUrl));
        } catch (MigrationsException e) {
            throw (MojoFailureException) MavenFailures.of(e);
        }
    }

    boolean scripts() {
        return against == CompareAgainst.SCRIPTS;
    }

    void configure(MigrationsBuilder builder) {
        builder.against(against).shadowUrl(shadowUrl);
    }

    /** Never prints the shadow database's password. */
    @Override
    public String toString() {
        return "ShadowParameters[against=" + against.value() + ", shadowUrl="
                + dev.migrations.core.api.DatabaseUrl.masked(shadowUrl) + "]";
    }
}

package io.camel3cx.auth;

import java.time.temporal.ChronoUnit;

import io.camel3cx.catalog.ReleaseVersion;

/**
 * The unit of the token endpoint's {@code expires_in}: 3CX answered minutes up to 20.0.8 and seconds from 20.0.9.
 */
public enum ExpiresInUnit {
    /** Decided by the API version: minutes before 20.0.9, seconds from 20.0.9 and for unnumbered versions. */
    AUTO,
    MINUTES,
    SECONDS;

    /** The first release that answers seconds. */
    public static final String FIRST_RELEASE_IN_SECONDS = "20.0.9";

    /** The unit in force for {@code apiVersion}. */
    public ChronoUnit unitFor(String apiVersion) {
        return switch (this) {
            case MINUTES -> ChronoUnit.MINUTES;
            case SECONDS -> ChronoUnit.SECONDS;
            case AUTO -> apiVersion != null && isNumbered(apiVersion)
                    && ReleaseVersion.compare(apiVersion, FIRST_RELEASE_IN_SECONDS) < 0
                    ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
        };
    }

    private static boolean isNumbered(String version) {
        return version.matches("\\d+(\\.\\d+)*");
    }
}

package io.camel3cx.auth;

import java.time.Instant;

/**
 * An access token and when it must be replaced.
 *
 * @param value     the bearer token
 * @param expiresAt when the PBX stops accepting it
 * @param refreshAt when to fetch the next one (a margin before {@code expiresAt})
 */
public record AccessToken(String value, Instant expiresAt, Instant refreshAt) {

    /** Whether the token is still good to use at {@code now}. */
    public boolean usableAt(Instant now) {
        return now.isBefore(refreshAt);
    }

    /** Never shows the token itself. */
    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + ", refreshAt=" + refreshAt + "]";
    }
}

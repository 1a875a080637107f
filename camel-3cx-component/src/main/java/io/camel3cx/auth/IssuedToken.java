package io.camel3cx.auth;

import java.time.Duration;

/**
 * What a token endpoint answered: the token and its lifetime, already converted from {@code expires_in}.
 *
 * @param value    the bearer token
 * @param lifetime how long it is valid from issue
 */
public record IssuedToken(String value, Duration lifetime) {

    /** Never shows the token itself. */
    @Override
    public String toString() {
        return "IssuedToken[lifetime=" + lifetime + "]";
    }
}

package io.camel3cx.auth;

import io.camel3cx.component.ThreeCxAuthenticationException;

/** Asks the PBX for a new token. Implemented by {@link ClientCredentialsGrant}; tests plug in fakes. */
@FunctionalInterface
public interface TokenSource {

    IssuedToken requestToken() throws ThreeCxAuthenticationException;
}

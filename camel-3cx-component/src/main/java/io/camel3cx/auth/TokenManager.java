package io.camel3cx.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camel3cx.component.ThreeCxAuthenticationException;

/**
 * The access token of one client at one PBX, shared by every endpoint that uses that client: a PBX keeps one
 * active token per client and revokes the previous one when it issues a new one, so endpoints must not each
 * fetch their own.
 * <ul>
 * <li>The token is refreshed a margin ({@code tokenRefreshSkew}) before it expires; for very short lifetimes the
 * margin shrinks to half the lifetime so that a fresh token is always usable for a while.</li>
 * <li>One token request at a time: concurrent callers wait for it and then use its result.</li>
 * <li>After a 401, {@link #renew(String, TokenSource, Duration)} replaces the token only if it is still the one
 * that was rejected; if another caller already replaced it, the newer token is returned without a request.</li>
 * </ul>
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final String description;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessToken current;
    private volatile long requests;

    /**
     * @param description who the token is for ({@code client 'x' at https://pbx}), for logs; no secrets
     * @param clock       the time source
     */
    public TokenManager(String description, Clock clock) {
        this.description = description;
        this.clock = clock;
    }

    /** A token that is good for now; fetches one when there is none or it is due for refresh. */
    public String token(TokenSource source, Duration refreshSkew) throws ThreeCxAuthenticationException {
        AccessToken t = current;
        if (t != null && t.usableAt(clock.instant())) {
            return t.value();
        }
        lock.lock();
        try {
            t = current;
            if (t != null && t.usableAt(clock.instant())) {
                return t.value();
            }
            return fetch(source, refreshSkew).value();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A replacement for a token the PBX rejected: a new one if {@code rejected} is still current, else the token
     * another caller has fetched since.
     */
    public String renew(String rejected, TokenSource source, Duration refreshSkew) throws ThreeCxAuthenticationException {
        lock.lock();
        try {
            AccessToken t = current;
            Instant now = clock.instant();
            if (t != null && !t.value().equals(rejected) && t.usableAt(now)) {
                return t.value();
            }
            if (t != null && t.value().equals(rejected) && now.isBefore(t.expiresAt())) {
                // A PBX keeps one token per client: a live token refused means someone else fetched one since.
                LOG.warn("The 3CX access token for {} was revoked before it expired ({} s left): another CamelContext"
                         + " or process is probably using the same API client, and each token it fetches revokes"
                         + " this one. Give each application its own API client in the 3CX admin console.",
                        description, Duration.between(now, t.expiresAt()).toSeconds());
            }
            return fetch(source, refreshSkew).value();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the token; the next call fetches a new one. */
    public void invalidate() {
        current = null;
    }

    /** The current token's expiry, or null when there is none. */
    public Instant expiresAt() {
        AccessToken t = current;
        return t == null ? null : t.expiresAt();
    }

    /** The current token's refresh time, or null when there is none. */
    public Instant refreshAt() {
        AccessToken t = current;
        return t == null ? null : t.refreshAt();
    }

    /** How many tokens this manager has requested. */
    public long tokenRequests() {
        return requests;
    }

    // Called with the lock held.
    private AccessToken fetch(TokenSource source, Duration refreshSkew) throws ThreeCxAuthenticationException {
        // Count the lifetime from before the request: the PBX's clock started no earlier than this.
        Instant issued = clock.instant();
        requests++;
        IssuedToken issuedToken = source.requestToken();
        Duration lifetime = issuedToken.lifetime();
        Duration margin = refreshSkew.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshSkew;
        AccessToken t = new AccessToken(issuedToken.value(), issued.plus(lifetime), issued.plus(lifetime).minus(margin));
        current = t;
        LOG.debug("New 3CX access token for {}: {}", description, t);
        return t;
    }

    @Override
    public String toString() {
        return "TokenManager[" + description + "]";
    }
}

package io.camel3cx.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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
 * <li>One token request at a time: callers that come while it is in flight wait for it and share its outcome,
 * the token or the refusal; only callers that come after it ended send another.</li>
 * <li>After a 401, {@link #renew(String, TokenSource, Duration)} replaces the token only if it is still the one
 * that was rejected; if another caller already replaced it, the newer token is returned without a request.</li>
 * </ul>
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final String description;
    private final Clock clock;
    private final Object lock = new Object();
    /** The token request in flight, guarded by {@link #lock}; null when none is. */
    private CompletableFuture<AccessToken> inFlight;
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
        return obtain(() -> {
            AccessToken c = current;
            return c != null && c.usableAt(clock.instant()) ? c : null;
        }, source, refreshSkew).value();
    }

    /**
     * A replacement for a token the PBX rejected: a new one if {@code rejected} is still current, else the token
     * another caller has fetched since.
     */
    public String renew(String rejected, TokenSource source, Duration refreshSkew) throws ThreeCxAuthenticationException {
        return obtain(() -> {
            AccessToken c = current;
            Instant now = clock.instant();
            if (c != null && !c.value().equals(rejected) && c.usableAt(now)) {
                return c;
            }
            if (c != null && c.value().equals(rejected) && now.isBefore(c.expiresAt())) {
                // A PBX keeps one token per client: a live token refused means someone else fetched one since.
                LOG.warn("The 3CX access token for {} was revoked before it expired ({} s left): another CamelContext"
                         + " or process is probably using the same API client, and each token it fetches revokes"
                         + " this one. Give each application its own API client in the 3CX admin console.",
                        description, Duration.between(now, c.expiresAt()).toSeconds());
            }
            return null;
        }, source, refreshSkew).value();
    }

    /**
     * The result of the token request in flight, or of a new one when none is and {@code reusable} (asked under
     * the lock) offers no token. Joining the request in flight, success or failure, is the point: a waiter that
     * sent its own request after a refusal would only repeat it (3CX counts failed logins and may block the
     * address), and one behind a hanging token endpoint would wait a whole responseTimeout more.
     */
    private AccessToken obtain(Supplier<AccessToken> reusable, TokenSource source, Duration refreshSkew)
            throws ThreeCxAuthenticationException {
        CompletableFuture<AccessToken> request;
        boolean mine = false;
        synchronized (lock) {
            request = inFlight;
            if (request == null) {
                AccessToken t = reusable.get();
                if (t != null) {
                    return t;
                }
                request = new CompletableFuture<>();
                inFlight = request;
                mine = true;
            }
        }
        if (!mine) {
            return await(request);
        }
        try {
            AccessToken t = fetch(source, refreshSkew);
            done();
            request.complete(t);
            return t;
        } catch (ThreeCxAuthenticationException | RuntimeException | Error e) {
            done();
            request.completeExceptionally(e);
            throw e;
        }
    }

    /** Ends the request in flight before its waiters hear of it: who asks after the outcome may ask again. */
    private void done() {
        synchronized (lock) {
            inFlight = null;
        }
    }

    private static AccessToken await(CompletableFuture<AccessToken> request) throws ThreeCxAuthenticationException {
        try {
            // Uninterruptible: the request in flight ends within its own responseTimeout, so the wait is bounded.
            return request.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ThreeCxAuthenticationException refused) {
                // Each exchange gets its own instance (and stack trace) of the one refusal.
                throw new ThreeCxAuthenticationException(refused.getBaseUrl(), refused.getClientId(),
                        refused.getStatusCode(), refused.getError(), refused.getErrorDescription(), refused.getCause());
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause; // requests complete exceptionally with nothing else
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

    // Called by the one caller whose request is in flight.
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

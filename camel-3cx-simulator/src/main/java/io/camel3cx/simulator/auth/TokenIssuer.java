package io.camel3cx.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Issues and checks access tokens like a PBX: one client, one active token at a time (a new token
 * revokes the previous one), each valid for the configured lifetime.
 */
public final class TokenIssuer {

    /** A token handed out, with its lifetime as the token endpoint reports it. */
    public record IssuedToken(String accessToken, Instant expiresAt, long expiresIn) {

        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }

    /** Credentials that do not belong to the simulated client. */
    public static final class InvalidClientException extends Exception {
        InvalidClientException(String message) {
            super(message);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final String clientId;
    private final byte[] clientSecret;
    private final Duration lifetime;
    private final boolean lifetimeInMinutes;
    private final Clock clock;
    private volatile IssuedToken active;

    /**
     * @param lifetimeInMinutes whether {@code expires_in} counts minutes (releases up to 20.0.8) rather than
     *                          seconds (20.0.9 on)
     */
    public TokenIssuer(String clientId, String clientSecret, Duration lifetime, boolean lifetimeInMinutes, Clock clock) {
        this.clientId = clientId;
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
        this.lifetimeInMinutes = lifetimeInMinutes;
        this.clock = clock;
    }

    public synchronized IssuedToken issue(String id, String secret) throws InvalidClientException {
        // Compare both in constant time so that a probe learns nothing from the answer's timing.
        boolean idOk = MessageDigest.isEqual(bytes(id), clientId.getBytes(StandardCharsets.UTF_8));
        boolean secretOk = MessageDigest.isEqual(bytes(secret), clientSecret);
        if (!idOk || !secretOk) {
            throw new InvalidClientException(id == null || id.isEmpty() ? "client_id is missing"
                    : !idOk ? "Unknown client_id" : "Invalid client_secret for client " + clientId);
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long expiresIn = lifetimeInMinutes ? Math.max(1, (lifetime.toSeconds() + 59) / 60) : lifetime.toSeconds();
        IssuedToken issued = new IssuedToken(token, clock.instant().plus(lifetime), expiresIn);
        active = issued;
        return issued;
    }

    /** Whether {@code token} is the active, unexpired token. */
    public boolean isValid(String token) {
        IssuedToken current = active;
        return token != null && current != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                        current.accessToken().getBytes(StandardCharsets.UTF_8))
                && clock.instant().isBefore(current.expiresAt());
    }

    /** Invalidates every token issued so far. */
    public void revokeAll() {
        active = null;
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}

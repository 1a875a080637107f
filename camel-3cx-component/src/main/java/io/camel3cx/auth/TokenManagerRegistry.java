package io.camel3cx.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camel3cx.http.PbxBaseUrl;

/**
 * One {@link TokenManager} per (canonical base URL, client id) for a whole CamelContext. It also refuses two
 * different secrets for the same client, which would make endpoints fight over the PBX's single active token; only
 * a digest of the secret is kept for that check.
 */
public final class TokenManagerRegistry {

    /** Keyed by the canonical base URL: every spelling of one PBX must reach the one manager of the client. */
    private record Key(String baseUrl, String clientId) {

        Key {
            baseUrl = PbxBaseUrl.canonical(baseUrl);
        }
    }

    private record Entry(TokenManager manager, byte[] secretDigest) {
    }

    private final Map<Key, Entry> managers = new ConcurrentHashMap<>();
    private volatile Clock clock;

    public TokenManagerRegistry(Clock clock) {
        this.clock = clock;
    }

    /** The time source for managers created from now on (tests). */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * The manager for this client at this PBX.
     *
     * @throws IllegalArgumentException when the client is already in use with another secret
     */
    public TokenManager manager(String baseUrl, String clientId, String clientSecret) {
        byte[] digest = digest(clientSecret);
        Key key = new Key(baseUrl, clientId);
        Entry e = managers.computeIfAbsent(key,
                k -> new Entry(new TokenManager("client '" + clientId + "' at " + k.baseUrl(), clock), digest));
        if (!MessageDigest.isEqual(e.secretDigest, digest)) {
            throw new IllegalArgumentException("3CX client '" + clientId + "' at " + key.baseUrl()
                    + " is already used by other endpoints with a different clientSecret; a PBX keeps one token per"
                    + " client, so all endpoints of a client must use the same secret");
        }
        return e.manager;
    }

    /** The manager for this client at this PBX, or null if none was created. */
    public TokenManager find(String baseUrl, String clientId) {
        Key key;
        try {
            key = new Key(baseUrl, clientId);
        } catch (IllegalArgumentException e) {
            return null; // no manager is ever made for a base URL that is not one
        }
        Entry e = managers.get(key);
        return e == null ? null : e.manager;
    }

    /** Makes every manager forget its token; the managers stay. */
    public void invalidateAll() {
        managers.values().forEach(e -> e.manager().invalidate());
    }

    public void clear() {
        managers.clear();
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "TokenManagerRegistry" + Arrays.toString(managers.keySet().toArray());
    }
}

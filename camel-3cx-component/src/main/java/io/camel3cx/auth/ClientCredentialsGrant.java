package io.camel3cx.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.http.PbxClient;
import io.camel3cx.http.PbxResponse;
import io.camel3cx.http.XapiJson;

/**
 * The OAuth client-credentials request against {@value #TOKEN_PATH}: form {@code client_id},
 * {@code client_secret}, {@code grant_type=client_credentials}; answer {@code access_token}, {@code expires_in}.
 * Failures become {@link ThreeCxAuthenticationException}s with the server's {@code error}/{@code error_description};
 * the secret is never part of them, even if a server echoes it back.
 */
public final class ClientCredentialsGrant implements TokenSource {

    public static final String TOKEN_PATH = "/connect/token";

    private final PbxClient client;
    private final String clientId;
    private final String clientSecret;
    private final ChronoUnit expiresInUnit;

    public ClientCredentialsGrant(PbxClient client, String clientId, String clientSecret, ChronoUnit expiresInUnit) {
        this.client = client;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.expiresInUnit = expiresInUnit;
    }

    @Override
    public IssuedToken requestToken() throws ThreeCxAuthenticationException {
        String baseUrl = client.settings().baseUrl();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("grant_type", "client_credentials");
        PbxResponse response;
        try {
            response = client.postForm(TOKEN_PATH, form);
        } catch (IOException e) {
            // Transport failures (refused connection, TLS trust or host name) say nothing of the form they carried.
            throw new ThreeCxAuthenticationException(baseUrl, clientId, 0, null, null, e);
        }
        JsonNode json = parse(response);
        if (!response.isSuccess()) {
            throw new ThreeCxAuthenticationException(baseUrl, clientId, response.status(),
                    redact(text(json, "error")), redact(text(json, "error_description")), null);
        }
        String token = text(json, "access_token");
        JsonNode expiresIn = json == null ? null : json.get("expires_in");
        if (token == null || token.isEmpty() || expiresIn == null || !expiresIn.canConvertToLong()
                || expiresIn.asLong() < 0) {
            throw new ThreeCxAuthenticationException(baseUrl, clientId, response.status(), "invalid_response",
                    "the answer lacks access_token or a non-negative expires_in", null);
        }
        return new IssuedToken(token, Duration.of(expiresIn.asLong(), expiresInUnit));
    }

    public ChronoUnit expiresInUnit() {
        return expiresInUnit;
    }

    private static JsonNode parse(PbxResponse response) {
        if (!response.hasBody()) {
            return null;
        }
        try {
            JsonNode n = XapiJson.MAPPER.readTree(response.body());
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        if (json == null) {
            return null;
        }
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Server texts go into exception messages; make sure the secret is not among them. */
    private String redact(String text) {
        if (text == null || clientSecret == null || clientSecret.isEmpty()) {
            return text;
        }
        return text.replace(clientSecret, "******");
    }

    @Override
    public String toString() {
        return "ClientCredentialsGrant[clientId=" + clientId + ", " + client + "]";
    }
}

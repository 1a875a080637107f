package io.camel3cx.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
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

    /** The longest token lifetime believed; see {@link #lifetime}. */
    static final Duration LONGEST_LIFETIME = Duration.ofDays(365);

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
        if (json == null) {
            throw invalidAnswer(response, "the answer is not a JSON object (Content-Type " + response.contentType()
                    + ", " + response.body().length + " bytes); check that baseUrl is the PBX's root URL");
        }
        String token = text(json, "access_token");
        if (token == null || token.isEmpty()) {
            throw invalidAnswer(response, "the answer has no access_token");
        }
        return new IssuedToken(token, lifetime(response, json.get("expires_in")));
    }

    /**
     * {@code expires_in} in the unit of the release; numeric text ("3600") is taken too. A lifetime beyond
     * {@link #LONGEST_LIFETIME} is taken as that: refreshing early costs one request, while instant arithmetic on
     * an absurd one would overflow.
     */
    private Duration lifetime(PbxResponse response, JsonNode expiresIn) throws ThreeCxAuthenticationException {
        if (expiresIn == null || expiresIn.isNull()) {
            throw invalidAnswer(response, "the answer has no expires_in");
        }
        long amount;
        if (expiresIn.isIntegralNumber() && expiresIn.canConvertToLong()) {
            amount = expiresIn.asLong();
        } else if (expiresIn.isTextual() && expiresIn.asText().matches("\\d{1,18}")) {
            amount = Long.parseLong(expiresIn.asText());
        } else {
            String shown = expiresIn.toString();
            throw invalidAnswer(response, "expires_in is " + (shown.length() > 40 ? shown.substring(0, 37) + "..." : shown)
                    + ", not a whole number of " + expiresInUnit.toString().toLowerCase(Locale.ROOT));
        }
        if (amount < 0) {
            throw invalidAnswer(response, "expires_in is " + amount + ", a negative lifetime");
        }
        return amount > LONGEST_LIFETIME.dividedBy(expiresInUnit.getDuration()) ? LONGEST_LIFETIME
                : Duration.of(amount, expiresInUnit);
    }

    private ThreeCxAuthenticationException invalidAnswer(PbxResponse response, String why) {
        return new ThreeCxAuthenticationException(client.settings().baseUrl(), clientId, response.status(),
                "invalid_response", why, null);
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

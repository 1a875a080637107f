package io.camel3cx.simulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.XapiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenTest {

    /** A clock the test moves by hand, so expiry needs no waiting. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @ParameterizedTest(name = "{0}: expires_in {1}")
    @CsvSource({"20.0.5, 60", "20.0.7, 60", "20.0.8, 60", "20.0.9, 3600", "20.0.10, 3600"})
    void expiresInIsMinutesUpTo2008AndSecondsFrom2009(String release, long expected) {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().apiVersion(release).start()) {
            HttpResponse<String> r = new XapiClient(sim).tokenResponse(sim.clientId(), sim.clientSecret());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = XapiClient.json(r);
            assertEquals("Bearer", body.get("token_type").asText());
            assertEquals(expected, body.get("expires_in").asLong());
            assertTrue(body.get("access_token").asText().length() >= 32);
        }
    }

    @Test
    void configuredLifetimeIsReported() {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().apiVersion("20.0.10")
                .tokenLifetime(Duration.ofMinutes(5)).start()) {
            JsonNode body = XapiClient.json(new XapiClient(sim).tokenResponse(sim.clientId(), sim.clientSecret()));
            assertEquals(300, body.get("expires_in").asLong());
        }
    }

    @Test
    void badCredentialsAre401InvalidClient() {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().clientSecret("right-secret").start()) {
            XapiClient client = new XapiClient(sim);
            HttpResponse<String> wrongSecret = client.tokenResponse(sim.clientId(), "wrong-secret");
            assertEquals(401, wrongSecret.statusCode());
            JsonNode body = XapiClient.json(wrongSecret);
            assertEquals("invalid_client", body.get("error").asText());
            assertFalse(body.get("error_description").asText().isEmpty());
            assertFalse(wrongSecret.body().contains("right-secret"), "the answer must not echo the secret");

            HttpResponse<String> wrongId = client.tokenResponse("someone-else", "right-secret");
            assertEquals(401, wrongId.statusCode());
            assertEquals("invalid_client", XapiClient.json(wrongId).get("error").asText());
        }
    }

    @Test
    void wrongGrantTypeAndContentTypeAre400() {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().start()) {
            XapiClient client = new XapiClient(sim);
            HttpResponse<String> grant = client.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("client_id=" + sim.clientId() + "&client_secret="
                            + sim.clientSecret() + "&grant_type=password")).build());
            assertEquals(400, grant.statusCode());
            assertEquals("unsupported_grant_type", XapiClient.json(grant).get("error").asText());

            HttpResponse<String> json = client.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/connect/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertEquals(400, json.statusCode());
            assertEquals("invalid_request", XapiClient.json(json).get("error").asText());
        }
    }

    @Test
    void apiWithoutTokenIs401() {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().start()) {
            HttpResponse<String> r = new XapiClient(sim).get("/Users");
            assertEquals(401, r.statusCode());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals("Unauthorized", XapiClient.json(r).path("error").path("code").asText());
        }
    }

    @Test
    void newTokenRevokesThePreviousOne() {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().start()) {
            XapiClient client = new XapiClient(sim);
            String first = client.login();
            assertEquals(200, client.get("/Users?$top=1").statusCode());
            String second = client.login();
            assertNotEquals(first, second);
            assertEquals(200, client.get("/Users?$top=1").statusCode());
            client.useToken(first);
            assertEquals(401, client.get("/Users?$top=1").statusCode());
        }
    }

    @Test
    void expiredTokenIs401() {
        MovableClock clock = new MovableClock();
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().clock(clock).tokenLifetime(Duration.ofMinutes(10)).start()) {
            XapiClient client = new XapiClient(sim);
            client.login();
            clock.advance(Duration.ofMinutes(9));
            assertEquals(200, client.get("/SystemStatus").statusCode());
            clock.advance(Duration.ofMinutes(1));
            assertEquals(401, client.get("/SystemStatus").statusCode());
        }
    }

    @Test
    void revokedTokensAre401() {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().start()) {
            XapiClient client = new XapiClient(sim);
            client.login();
            assertEquals(200, client.get("/SystemStatus").statusCode());
            sim.revokeTokens();
            assertEquals(401, client.get("/SystemStatus").statusCode());
            client.login();
            assertEquals(200, client.get("/SystemStatus").statusCode());
        }
    }

    @Test
    void toStringAndErrorsNeverShowTheSecret() {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().clientSecret("s3cr3t-value").start()) {
            assertFalse(sim.toString().contains("s3cr3t-value"));
            XapiClient client = new XapiClient(sim);
            client.login();
            assertTrue(sim.requestLog().stream().noneMatch(r -> r.toString().contains("s3cr3t-value")));
        }
    }
}

package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.camel3cx.auth.TokenManager;
import io.camel3cx.component.support.CapturedLogs;
import io.camel3cx.component.support.MutableClock;
import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

class TokenHandlingTest extends ThreeCxTestSupport {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    @Override
    protected void configure(ThreeCxComponent component) {
        component.setClock(clock);
    }

    private TokenManager tokenManager() {
        return component.getTokenManagers().find(pbx.baseUrl(), CLIENT_ID);
    }

    private List<String> bearerTokensSent() {
        return pbx.apiRequests().stream().map(r -> r.header("Authorization")).toList();
    }

    @Test
    void oneTokenServesEveryCallAndEveryEndpoint() {
        call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);
        call("threecx:users/rebootPhone?mac=001122AABBCC", null);
        call("threecx:users/reprovisionPhone?mac=001122AABBCD", null);
        call("threecx:users/reprovisionPhone?mac=001122AABBCC&apiVersion=20.0.9", null);

        assertEquals(1, pbx.tokenRequests().size());
        assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-1"), bearerTokensSent());
    }

    @Test
    void theTokenIsReplacedTokenRefreshSkewBeforeItExpires() {
        pbx.tokenLifetime(3600); // seconds for 20.0.10
        call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);
        assertEquals(T0.plusSeconds(3600), tokenManager().expiresAt());
        assertEquals(T0.plusSeconds(3600 - 60), tokenManager().refreshAt());

        clock.advance(Duration.ofSeconds(3539));
        call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);
        assertEquals(1, pbx.tokenRequests().size(), "still inside the token's life minus the skew");

        clock.advance(Duration.ofSeconds(2));
        call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);
        assertEquals(2, pbx.tokenRequests().size(), "60 s before expiry the token is replaced");
        assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-2"), bearerTokensSent());
    }

    @Test
    void aCustomSkewIsHonoured() {
        pbx.tokenLifetime(3600);
        call("threecx:users/reprovisionPhone?mac=001122AABBCC&tokenRefreshSkew=600", null);
        assertEquals(T0.plusSeconds(3000), tokenManager().refreshAt());
    }

    @Test
    void expiresInIsMinutesUpTo2008() {
        pbx.tokenLifetime(30);
        call("threecx:users/reprovisionPhone?mac=001122AABBCC&apiVersion=20.0.8", null);
        assertEquals(T0.plus(Duration.ofMinutes(30)), tokenManager().expiresAt());
    }

    @Test
    void expiresInIsSecondsFrom2009() {
        pbx.tokenLifetime(1800);
        call("threecx:users/reprovisionPhone?mac=001122AABBCC&apiVersion=20.0.9", null);
        assertEquals(T0.plusSeconds(1800), tokenManager().expiresAt());
    }

    @Test
    void theExpiresInUnitCanBeForced() {
        pbx.tokenLifetime(30);
        call("threecx:users/reprovisionPhone?mac=001122AABBCC&apiVersion=20.0.10&tokenExpiresInUnit=MINUTES", null);
        assertEquals(T0.plus(Duration.ofMinutes(30)), tokenManager().expiresAt());
    }

    @Test
    void fiftyConcurrentExchangesOnAnExpiredTokenCauseExactlyOneTokenRequest() throws Exception {
        pbx.tokenLifetime(0); // the first token is expired as soon as it is issued
        call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);
        assertEquals(1, pbx.tokenRequests().size());

        // A slow token endpoint makes the other 49 pile up behind the one refresh.
        pbx.tokenLifetime(3600).tokenDelayMillis(300);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Exchange>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return template.request("threecx:users/reprovisionPhone?mac=001122AABBCC", e -> {
                    });
                }));
            }
            go.countDown();
            for (Future<Exchange> f : results) {
                Exchange e = f.get(60, TimeUnit.SECONDS);
                assertNull(e.getException(), () -> String.valueOf(e.getException()));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(2, pbx.tokenRequests().size(), "one initial token, exactly one refresh for the 50");
        List<String> sent = bearerTokensSent();
        assertEquals(51, sent.size());
        assertTrue(sent.subList(1, 51).stream().allMatch("Bearer token-2"::equals), sent.toString());
    }

    @Test
    void a401ReplacesTheRevokedTokenAndReplaysOnce() {
        call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);
        // Another process of the same client took a token: ours is revoked.
        pbx.revokeActiveToken();

        Exchange e = call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);

        assertEquals(204, e.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertEquals(2, pbx.tokenRequests().size());
        assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-3"), bearerTokensSent());
        List<Recorded> calls = pbx.apiRequests();
        assertEquals(calls.get(1).bodyText(), calls.get(2).bodyText(), "the replay sends the same request");
        assertEquals(calls.get(1).rawPath(), calls.get(2).rawPath());
    }

    @Test
    void a401AfterTheReplayFails() {
        pbx.respond(r -> Reply.json(401, "{\"error\":{\"code\":\"401\",\"message\":\"Unauthorized\"}}"));

        Exchange e = template.request("threecx:users/reprovisionPhone?mac=001122AABBCC", x -> {
        });

        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertEquals(401, failure.getStatusCode());
        assertEquals(2, pbx.apiRequests().size(), "the call and one replay, no more");
        assertEquals(2, pbx.tokenRequests().size());
        assertEquals(List.of("Bearer token-1", "Bearer token-2"), bearerTokensSent());
    }

    @Test
    void aRefusedTokenRequestIsAnAuthenticationExceptionWithTheServersReasonAndNoSecret() {
        pbx.enqueueTokenReplies(Reply.json(400,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));

        Exchange e;
        List<String> logLines;
        try (CapturedLogs logs = CapturedLogs.capture()) {
            e = template.request("threecx:users/reprovisionPhone?mac=001122AABBCC", x -> {
            });
            logLines = logs.lines();
        }

        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertEquals(400, failure.getStatusCode());
        assertEquals("invalid_client", failure.getError());
        assertEquals("Client authentication failed", failure.getErrorDescription());
        assertTrue(failure.getMessage().contains("Client authentication failed"), failure.getMessage());
        assertTrue(failure.getMessage().contains(CLIENT_ID), failure.getMessage());
        assertFalse(failure.getMessage().contains(CLIENT_SECRET));
        assertTrue(pbx.apiRequests().isEmpty(), "no API call without a token");
        assertFalse(logLines.isEmpty(), "logging was captured");
        logLines.forEach(line -> assertFalse(line.contains(CLIENT_SECRET), line));
    }

    @Test
    void aServerThatEchoesTheSecretDoesNotGetItIntoTheException() {
        pbx.enqueueTokenReplies(Reply.json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"unknown secret " + CLIENT_SECRET + "\"}"));

        Exchange e = template.request("threecx:users/reprovisionPhone?mac=001122AABBCC", x -> {
        });

        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertFalse(failure.getMessage().contains(CLIENT_SECRET), failure.getMessage());
        assertFalse(failure.getErrorDescription().contains(CLIENT_SECRET));
    }

    @Test
    void anUnusableTokenAnswerIsAnAuthenticationException() {
        pbx.enqueueTokenReplies(Reply.json(200, "{\"token_type\":\"Bearer\"}"));

        Exchange e = template.request("threecx:users/reprovisionPhone?mac=001122AABBCC", x -> {
        });

        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertEquals("invalid_response", failure.getError());
        assertTrue(pbx.apiRequests().isEmpty());
    }

    @Test
    void secretsAndTokensNeverReachTheLogs() {
        List<String> lines;
        try (CapturedLogs logs = CapturedLogs.capture()) {
            call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);
            pbx.revokeActiveToken();
            call("threecx:users/reprovisionPhone?mac=001122AABBCC&clientSecret=" + CLIENT_SECRET, null);
            lines = logs.lines();
        }
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertFalse(line.contains(CLIENT_SECRET), line);
            assertFalse(line.contains("token-1") || line.contains("token-3"), line);
        }
    }
}

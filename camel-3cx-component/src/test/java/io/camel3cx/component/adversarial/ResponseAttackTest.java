package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxConstants;
import io.camel3cx.component.ThreeCxException;
import io.camel3cx.component.support.MutableClock;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * What the PBX (or whatever answers in its place) sends back: answers that cannot be a result fail loudly and keep
 * what was received; the token endpoint's odd answers are named; nothing is repeated behind the route's back.
 */
class ResponseAttackTest extends ThreeCxTestSupport {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(T0);

    @Override
    protected void configure(ThreeCxComponent component) {
        component.setClock(clock);
    }

    private ThreeCxException apiFailure(String uri) {
        Exchange e = template.request(uri, x -> {
        });
        return assertInstanceOf(ThreeCxException.class, e.getException(), () -> String.valueOf(e.getException()));
    }

    private ThreeCxAuthenticationException tokenFailure() {
        Exchange e = template.request("threecx:users/getUser?id=7", x -> {
        });
        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException(),
                () -> String.valueOf(e.getException()));
        assertTrue(pbx.apiRequests().isEmpty(), "no API call without a token");
        assertFalse(failure.getMessage().contains(CLIENT_SECRET), failure.getMessage());
        return failure;
    }

    @Test
    void a200WithMalformedJsonFailsAndKeepsTheText() {
        pbx.enqueue(Reply.json(200, "{\"Id\":7,\"FirstName\":\"Ann"));
        ThreeCxException failure = apiFailure("threecx:users/getUser?id=7");
        assertEquals(200, failure.getStatusCode());
        assertTrue(failure.getMessage().startsWith("3CX users/getUser: GET /Users(7) answered HTTP 200 with a body that is"
                + " not valid JSON"), failure.getMessage());
        assertEquals("{\"Id\":7,\"FirstName\":\"Ann", failure.getResponseBody());
    }

    @Test
    void malformedJsonFailsEvenWithoutThrowExceptionOnFailure() {
        pbx.enqueue(Reply.json(200, "{oops"));
        ThreeCxException failure = apiFailure("threecx:users/getUser?id=7&throwExceptionOnFailure=false");
        assertEquals(200, failure.getStatusCode());
    }

    @Test
    void a200WithoutABodyWhereAnEntityIsDeclaredFails() {
        pbx.enqueue(Reply.json(200, ""));
        ThreeCxException failure = apiFailure("threecx:users/getUser?id=7");
        assertEquals("3CX users/getUser: GET /Users(7) answered HTTP 200 without a body, where users/getUser answers"
                + " Pbx.User", failure.getMessage());
    }

    @Test
    void a200WithoutABodyWhereACollectionIsDeclaredFails() {
        pbx.enqueue(Reply.json(200, ""));
        ThreeCxException failure = apiFailure("threecx:users/listUser");
        assertTrue(failure.getMessage().endsWith("answers a collection of Pbx.User"), failure.getMessage());
    }

    @Test
    void a204IsNoContentEvenWhereJsonIsDeclared() {
        pbx.enqueue(Reply.noContent(), Reply.noContent());
        Exchange entity = call("threecx:users/getUser?id=7", "stale body");
        assertNull(entity.getMessage().getBody());
        assertEquals(204, entity.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        Exchange collection = call("threecx:users/listUser", "stale body");
        assertNull(collection.getMessage().getBody());
    }

    @Test
    void anEmptyAnswerOfAnActionThatAnswersAnythingIsNoContent() {
        // Pbx.IActionResult is the spec's "whatever the action returns", which may be nothing.
        pbx.enqueue(Reply.json(200, ""));
        Exchange e = call("threecx:activeCalls/dropCall?id=4", null);
        assertNull(e.getMessage().getBody());
    }

    @Test
    void aHtmlPageIsNoXapiAnswer() {
        pbx.enqueue(new Reply(200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Sign in</body></html>"));
        ThreeCxException failure = apiFailure("threecx:users/getUser?id=7");
        assertTrue(failure.getMessage().contains("answered HTTP 200 with an HTML page (text/html; charset=utf-8)"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("baseUrl"), failure.getMessage());
        assertTrue(failure.getResponseBody().contains("Sign in"));
    }

    @Test
    void aFileStaysBytes() {
        pbx.enqueue(new Reply(200, "application/octet-stream", "PK\u0003\u0004"));
        Exchange e = call("threecx:users/downloadGreeting?userId=1&fileName=a.wav", null);
        assertArrayEquals("PK\u0003\u0004".getBytes(StandardCharsets.UTF_8), (byte[]) e.getMessage().getBody());
    }

    @Test
    void aHugeCollectionArrivesWhole() {
        int n = 200_000;
        StringBuilder json = new StringBuilder("{\"@odata.count\":").append(n).append(",\"value\":[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"Id\":").append(i).append(",\"FirstName\":\"User ").append(i)
                    .append("\",\"EmailAddress\":\"user").append(i).append("@example.com\"}");
        }
        pbx.enqueue(Reply.json(200, json.append("]}").toString()));
        Exchange e = call("threecx:users/listUser?count=true", null);
        List<?> users = (List<?>) e.getMessage().getBody();
        assertEquals(n, users.size());
        assertEquals(Map.of("Id", n - 1, "FirstName", "User " + (n - 1), "EmailAddress", "user" + (n - 1) + "@example.com"),
                users.get(n - 1));
        assertEquals((long) n, e.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT));
    }

    @Test
    void aHugeSingleValueIsNotCutByAParserLimit() {
        String big = "x".repeat(25_000_000);
        pbx.enqueue(Reply.json(200, "{\"Id\":7,\"Notes\":\"" + big + "\"}"));
        Exchange e = call("threecx:users/getUser?id=7", null);
        assertEquals(big, ((Map<?, ?>) e.getMessage().getBody()).get("Notes"));
    }

    @Test
    void a401Then401FailsAfterExactlyTwoApiRequests() {
        pbx.enqueue(Reply.json(401, ""), Reply.json(401, "{\"error\":{\"code\":\"401\",\"message\":\"no\"}}"));
        ThreeCxException failure = apiFailure("threecx:users/getUser?id=7");
        assertEquals(401, failure.getStatusCode());
        assertEquals(2, pbx.apiRequests().size());
        assertEquals(2, pbx.tokenRequests().size());
    }

    @Test
    void a401ThenATokenEndpoint500IsAnAuthenticationFailureAfterOneApiRequest() {
        call("threecx:users/getUser?id=7", null);
        pbx.revokeActiveToken();
        pbx.enqueueTokenReplies(new Reply(500, "text/plain", "internal error"));

        Exchange e = template.request("threecx:users/getUser?id=7", x -> {
        });
        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertEquals(500, failure.getStatusCode());
        assertEquals(2, pbx.apiRequests().size(), "the first call, then the one that got 401; no replay without a token");
        assertEquals(2, pbx.tokenRequests().size());
    }

    @Test
    void aTokenAnswerThatIsNoJsonIsNamed() {
        pbx.enqueueTokenReplies(new Reply(200, "text/html", "<html>login</html>"));
        ThreeCxAuthenticationException failure = tokenFailure();
        assertEquals("invalid_response", failure.getError());
        assertTrue(failure.getErrorDescription().contains("not a JSON object (Content-Type text/html"),
                failure.getErrorDescription());
        assertTrue(failure.getErrorDescription().contains("baseUrl"), failure.getErrorDescription());
    }

    @Test
    void aTokenAnswerWithoutAccessTokenIsNamed() {
        pbx.enqueueTokenReplies(Reply.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":60}"));
        assertEquals("the answer has no access_token", tokenFailure().getErrorDescription());
    }

    @Test
    void aTokenAnswerWithoutExpiresInIsNamed() {
        pbx.enqueueTokenReplies(Reply.json(200, "{\"access_token\":\"t\"}"));
        assertEquals("the answer has no expires_in", tokenFailure().getErrorDescription());
    }

    @ParameterizedTest(name = "expires_in {0}")
    @ValueSource(strings = { "-1", "\"soon\"", "12.5", "[60]", "true" })
    void anUnusableExpiresInIsNamedWithItsValue(String expiresIn) {
        pbx.enqueueTokenReplies(Reply.json(200, "{\"access_token\":\"t\",\"expires_in\":" + expiresIn + "}"));
        String description = tokenFailure().getErrorDescription();
        assertTrue(description.startsWith("expires_in is " + expiresIn), description);
    }

    @Test
    void anExpiresInOfZeroGivesATokenForOneCall() {
        pbx.tokenLifetime(0);
        call("threecx:users/reprovisionPhone?mac=1", null);
        call("threecx:users/reprovisionPhone?mac=1", null);
        assertEquals(2, pbx.tokenRequests().size(), "each call needs a fresh token");
        assertEquals(2, pbx.apiRequests().size(), "and no call was refused");
    }

    @Test
    void anExpiresInAsNumericTextIsTaken() {
        String accepted = pbx.revokeActiveToken();
        pbx.enqueueTokenReplies(Reply.json(200, "{\"access_token\":\"" + accepted + "\",\"expires_in\":\"1800\"}"));
        call("threecx:users/reprovisionPhone?mac=1", null);
        assertEquals(1, pbx.tokenRequests().size());
        assertEquals(T0.plusSeconds(1800), component.getTokenManagers().find(pbx.baseUrl(), CLIENT_ID).expiresAt());
    }

    @Test
    void anAbsurdExpiresInIsCappedNotOverflowed() {
        pbx.tokenLifetime(Long.MAX_VALUE);
        call("threecx:users/reprovisionPhone?mac=1", null);
        assertEquals(T0.plus(Duration.ofDays(365)), component.getTokenManagers().find(pbx.baseUrl(), CLIENT_ID).expiresAt());

        clock.advance(Duration.ofDays(300));
        call("threecx:users/reprovisionPhone?mac=1", null);
        assertEquals(1, pbx.tokenRequests().size());
    }

    @Test
    void a429IsNotRetriedAndCarriesItsStatus() {
        pbx.enqueue(new Reply(429, "application/json", "{\"error\":{\"code\":\"429\",\"message\":\"Too many requests\"}}"),
                Reply.json(200, "{\"Id\":7}"));
        ThreeCxException failure = apiFailure("threecx:users/getUser?id=7");
        assertEquals(429, failure.getStatusCode());
        assertEquals("Too many requests", failure.getErrorMessage());
        assertEquals(1, pbx.apiRequests().size());
    }

    @Test
    void aRedirectIsNotFollowedAndFails() {
        pbx.enqueue(new Reply(302, "text/html", "<a href=\"https://elsewhere/\">moved</a>"));
        ThreeCxException failure = apiFailure("threecx:users/getUser?id=7");
        assertEquals(302, failure.getStatusCode());
        assertEquals(1, pbx.apiRequests().size());
    }
}

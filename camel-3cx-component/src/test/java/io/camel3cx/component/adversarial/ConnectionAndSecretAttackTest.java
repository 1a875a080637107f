package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.ThreeCxEndpoint;
import io.camel3cx.component.ThreeCxException;
import io.camel3cx.component.support.CapturedLogs;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * Per-endpoint connection settings next to the component's, and the places a secret or token could still show:
 * error texts the PBX sends back, partial masking of awkward URI secrets, the openApiLocation URL, debug logs.
 */
class ConnectionAndSecretAttackTest extends ThreeCxTestSupport {

    private static final String URI_SECRET = "uri-Secret-77";

    // ---- one PBX, one client, one token: whatever the spelling of the base URL

    @Test
    void theSamePbxSpelledWithAnUpperCaseSchemeSharesTheOneToken() {
        // "HTTP://127.0.0.1:p" and "http://127.0.0.1:p" are the same PBX and the same API client, but the token
        // managers are keyed by the text: each fetches its own token, which revokes the other's, so every switch
        // costs a 401, a new token and a replay (and a warning blaming "another process").
        pbx.respond(r -> Reply.json(200, "{}"));
        String lower = "threecx:users/getUser?id=1";
        String upper = "threecx:users/getUser?id=2&baseUrl=RAW(" + pbx.baseUrl().replace("http://", "HTTP://") + ")";
        List<String> warnings;
        try (CapturedLogs logs = CapturedLogs.capture()) {
            for (int i = 0; i < 3; i++) {
                call(lower, null);
                call(upper, null);
            }
            warnings = logs.lines().stream().filter(l -> l.contains("revoked before it expired")).toList();
        }
        assertEquals(1, pbx.tokenRequests().size(), "token requests for one client at one PBX; API requests: "
                + pbx.apiRequests().size());
        assertEquals(6, pbx.apiRequests().size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anEndpointsOwnClientGetsItsOwnTokenWithItsOwnCredentials() {
        pbx.respond(r -> Reply.json(200, "{}"));
        call("threecx:users/getUser?id=1", null);
        call("threecx:users/getUser?id=1&clientId=other-app&clientSecret=" + URI_SECRET, null);
        assertEquals(List.of(CLIENT_ID, "other-app"),
                pbx.tokenRequests().stream().map(r -> r.form().get("client_id")).toList());
        assertEquals(List.of(CLIENT_SECRET, URI_SECRET),
                pbx.tokenRequests().stream().map(r -> r.form().get("client_secret")).toList());
    }

    // ---- tokens and secrets in what the PBX sends back

    @Test
    void aBearerTokenTheServerEchoesInAnErrorNeverReachesTheExceptionMessage() {
        // The token request path redacts an echoed secret; API errors are shown as sent. Proxies, WAFs and debug
        // builds do echo the Authorization header ("invalid token Bearer ...").
        pbx.respond(r -> Reply.json(400, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Rejected "
                + r.header("Authorization") + "\"}}"));
        Exchange odata = template.request("threecx:users/getUser?id=1", x -> {
        });
        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, odata.getException());
        assertFalse(failure.getMessage().contains("token-1"), failure.getMessage());

        pbx.respond(r -> new Reply(403, "text/plain", "forbidden for " + r.header("Authorization")));
        Exchange text = template.request("threecx:users/getUser?id=1", x -> {
        });
        ThreeCxException plain = assertInstanceOf(ThreeCxException.class, text.getException());
        assertFalse(plain.getMessage().contains("token-1"), plain.getMessage());
    }

    // ---- secrets in endpoint URIs

    @Test
    void aUriSecretInAnyCaseIsMaskedInToString() throws Exception {
        for (String key : List.of("clientsecret", "CLIENTSECRET", "ClientSecret")) {
            Endpoint endpoint = context.getEndpoint("threecx:users/getUser?id=1&" + key + "=" + URI_SECRET);
            assertFalse(endpoint.toString().contains(URI_SECRET), endpoint.toString());
        }
    }

    @Test
    void aRawSecretThatContainsTheClosingBracketIsMaskedWhole() throws Exception {
        // RAW(...) ends at the ')' before '&' or the end; the masking stops at the first ')', showing the rest.
        Endpoint endpoint = context.getEndpoint("threecx:users/getUser?id=1&clientSecret=RAW(" + "abc)" + URI_SECRET + ")");
        assertEquals("abc)" + URI_SECRET, ((ThreeCxEndpoint) endpoint).getConfiguration().getClientSecret());
        assertFalse(endpoint.toString().contains(URI_SECRET), endpoint.toString());
    }

    @Test
    void aUriSecretIsNotShownWhenAnotherOptionOfTheUriIsWrong() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:users/getUser?id=x&clientSecret=RAW(a&b" + URI_SECRET + ")"));
        assertFalse(e.getMessage().contains(URI_SECRET), e.getMessage());
    }

    @Test
    void creatingEndpointsWithUriSecretsLogsNoSecretEvenAtDebug() {
        pbx.respond(r -> Reply.json(200, "{}"));
        List<String> lines;
        try (CapturedLogs logs = CapturedLogs.capture()) {
            call("threecx:users/getUser?id=1&clientId=x&clientSecret=RAW(p&ss" + URI_SECRET + ")", null);
            assertThrows(ResolveEndpointFailedException.class,
                    () -> context.getEndpoint("threecx:users/getUsr?clientSecret=" + URI_SECRET));
            lines = logs.lines();
        }
        for (String line : lines) {
            assertFalse(line.contains(URI_SECRET), line);
        }
    }

    @Test
    void credentialsInTheOpenApiLocationAreNotShownWhenItCannotBeLoaded() {
        // baseUrl with user:password is refused "without showing them"; the description's URL is printed whole.
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:users/getUser?id=1&openApiLocation=RAW(http://admin:Pa55word@127.0.0.1:1/openapi.json)"));
        String message = e.getMessage() + " | " + e.getCause().getMessage();
        assertTrue(message.contains("openApiLocation"), message);
        assertFalse(message.contains("Pa55word"), message);
        // nor anywhere in what a log prints of the failure: every cause's text
        java.io.StringWriter logged = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(logged));
        assertFalse(logged.toString().contains("Pa55word"), logged.toString());
        assertTrue(pbx.apiRequests().isEmpty() && pbx.tokenRequests().isEmpty());
    }

    @Test
    void anAccessTokenInTheOpenApiLocationQueryIsNotShownWhenItCannotBeLoaded() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:users/getUser?id=1&openApiLocation=RAW(http://127.0.0.1:1/openapi.json?access_token=tok-"
                        + URI_SECRET + ")"));
        assertFalse(e.getCause().getMessage().contains(URI_SECRET), e.getCause().getMessage());
    }

    @Test
    void theComponentsOwnSecretDoesNotReachAnEndpointThatOverridesTheClient() throws Exception {
        ThreeCxEndpoint endpoint = (ThreeCxEndpoint) context.getEndpoint("threecx:users/getUser?id=1&clientId=other");
        // The endpoint inherits the component's secret for a different client id: allowed, but never shown.
        assertEquals(CLIENT_SECRET, endpoint.getConfiguration().getClientSecret());
        for (String text : new String[] { endpoint.toString(), endpoint.getEndpointUri(), endpoint.getEndpointBaseUri(),
                endpoint.getTokenManager().toString(), component.getTokenManagers().toString() }) {
            assertFalse(text.contains(CLIENT_SECRET), text);
        }
    }
}

package io.camel3cx.component.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * The readiness check against a simulated PBX: what it reports for good and bad credentials and for a PBX that is
 * not there, what it sends (and does not send) over the wire, and that it keeps secrets out of its results.
 */
class PbxReadinessCheckTest {

    private ThreeCxSimulator pbx;
    private CamelContext camel;

    @BeforeEach
    void startPbx() {
        pbx = ThreeCxSimulator.builder().clientSecret("s3cr3t-for-health").start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        pbx.close();
    }

    @Test
    void upWhenTheTokenIsIssuedAndAccepted() throws Exception {
        startCamel(pbx.baseUrl(), pbx.clientId(), pbx.clientSecret());

        HealthCheck.Result result = threecxCheck();

        assertEquals(HealthCheck.State.UP, result.getState(), result.getMessage().orElse(""));
        assertEquals(pbx.baseUrl(), result.getDetails().get("baseUrl"));
        assertEquals(pbx.clientId(), result.getDetails().get("clientId"));
        assertEquals(200, result.getDetails().get("service.status.code"));
        assertTrue(result.getDetails().containsKey("token.expiresAt"), result.getDetails().toString());
        List<RecordedRequest> wire = pbx.requestLog();
        assertEquals(List.of("POST /connect/token -> 200", "GET /xapi/v1/Defs?%24select=Id -> 200"),
                wire.stream().map(RecordedRequest::toString).toList());
        assertTrue(wire.get(0).body().contains("grant_type=client_credentials"), wire.get(0).body());
        assertTrue(wire.get(1).header("Authorization").startsWith("Bearer "), "probe without bearer token");
        assertNoSecretIn(result);
    }

    @Test
    void downWhenTheCredentialsAreRefused() throws Exception {
        startCamel(pbx.baseUrl(), pbx.clientId(), "not-the-secret");

        HealthCheck.Result result = threecxCheck();

        assertEquals(HealthCheck.State.DOWN, result.getState());
        String message = result.getMessage().orElseThrow();
        assertTrue(message.contains("client '" + pbx.clientId() + "'") && message.contains(pbx.baseUrl()), message);
        assertTrue(message.contains("Admin > Integrations > API"), message);
        int status = (Integer) result.getDetails().get("service.status.code");
        assertTrue(status == 400 || status == 401, "token endpoint status " + status);
        // Only the token request went out: no API call without a token.
        assertEquals(List.of("POST /connect/token"),
                pbx.requestLog().stream().map(r -> r.method() + " " + r.path()).toList());
        assertFalse(String.valueOf(result).contains("not-the-secret"));
        assertFalse(String.valueOf(result.getError().map(Throwable::toString).orElse("")).contains("not-the-secret"));
    }

    @Test
    void downWhenThePbxIsUnreachable() throws Exception {
        String nobodyListens = "http://127.0.0.1:" + freePort();
        startCamel(nobodyListens, pbx.clientId(), pbx.clientSecret());

        HealthCheck.Result result = threecxCheck();

        assertEquals(HealthCheck.State.DOWN, result.getState());
        String message = result.getMessage().orElseThrow();
        assertTrue(message.startsWith("3CX PBX at " + nobodyListens + " is unreachable"), message);
        assertNoSecretIn(result);
    }

    /** A PBX keeps one token per client: the check must reuse the routes' token, not fetch (and revoke) its own. */
    @Test
    void sharesTheTokenWithTheRoutes() throws Exception {
        startCamel(pbx.baseUrl(), pbx.clientId(), pbx.clientSecret());
        ProducerTemplate producer = camel.createProducerTemplate();
        producer.requestBody("direct:users", (Object) null);

        threecxCheck();
        threecxCheck();
        producer.requestBody("direct:users", (Object) null);

        List<String> wire = pbx.requestLog().stream().map(r -> r.method() + " " + r.path() + " " + r.status()).toList();
        assertEquals(1, wire.stream().filter(r -> r.startsWith("POST /connect/token")).count(), wire.toString());
        assertTrue(wire.stream().noneMatch(r -> r.endsWith(" 401")), "a request was refused: " + wire);
    }

    /** After a revocation the check renews the token like the producer does, once, and is UP again. */
    @Test
    void renewsARevokedToken() throws Exception {
        startCamel(pbx.baseUrl(), pbx.clientId(), pbx.clientSecret());
        threecxCheck();
        pbx.revokeTokens();
        pbx.clearRequestLog();

        HealthCheck.Result result = threecxCheck();

        assertEquals(HealthCheck.State.UP, result.getState(), result.getMessage().orElse(""));
        assertEquals(List.of("GET /xapi/v1/Defs?%24select=Id -> 401", "POST /connect/token -> 200",
                "GET /xapi/v1/Defs?%24select=Id -> 200"),
                pbx.requestLog().stream().map(RecordedRequest::toString).toList());
    }

    @Test
    void oneCheckPerClientAndPbxWhateverTheNumberOfEndpoints() throws Exception {
        startCamel(pbx.baseUrl(), pbx.clientId(), pbx.clientSecret());
        camel.getEndpoint("threecx:users/getUser?id=1");
        camel.getEndpoint("threecx:groups/listGroup");

        List<String> ids = threecxResults().stream().map(r -> r.getCheck().getId()).toList();

        assertEquals(List.of("threecx-" + pbx.clientId() + "@127.0.0.1:" + pbx.port()), ids);
    }

    @Test
    void noChecksWithoutThreecxEndpoints() throws Exception {
        camel = new DefaultCamelContext();
        camel.start();

        assertTrue(HealthCheckHelper.invokeReadiness(camel).stream()
                .noneMatch(r -> r.getCheck().getId().startsWith("threecx")));
        assertTrue(ThreeCxHealthCheckRepository.install(camel).stream().findAny().isEmpty());
    }

    /** What the docs tell operators to switch the check off with. */
    @Test
    void excludedByTheRegistrysExcludePattern() throws Exception {
        startCamel(pbx.baseUrl(), pbx.clientId(), pbx.clientSecret());
        HealthCheckRegistry.get(camel).setExcludePattern("threecx*");

        assertTrue(threecxResults().isEmpty());
        assertTrue(pbx.requestLog().isEmpty(), "an excluded check contacted the PBX: " + pbx.requestLog());
    }

    @Test
    void theCheckIsReadinessOnly() throws Exception {
        startCamel(pbx.baseUrl(), pbx.clientId(), pbx.clientSecret());

        assertTrue(HealthCheckHelper.invokeLiveness(camel).stream()
                .noneMatch(r -> r.getCheck().getId().startsWith("threecx")));
        assertTrue(pbx.requestLog().isEmpty(), "a liveness probe contacted the PBX: " + pbx.requestLog());
    }

    private void startCamel(String baseUrl, String clientId, String clientSecret) throws Exception {
        camel = new DefaultCamelContext();
        ThreeCxComponent threecx = new ThreeCxComponent();
        threecx.getConfiguration().setBaseUrl(baseUrl);
        threecx.getConfiguration().setClientId(clientId);
        threecx.getConfiguration().setClientSecret(clientSecret);
        threecx.getConfiguration().setApiVersion(pbx.apiVersion());
        threecx.getConfiguration().setConnectTimeout(2000);
        camel.addComponent("threecx", threecx);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:users").to("threecx:users/listUser?top=5");
            }
        });
        camel.start();
    }

    private HealthCheck.Result threecxCheck() {
        List<HealthCheck.Result> results = threecxResults();
        assertEquals(1, results.size(), "threecx checks: " + results);
        return results.get(0);
    }

    private List<HealthCheck.Result> threecxResults() {
        return HealthCheckHelper.invokeReadiness(camel).stream()
                .filter(r -> r.getCheck().getId().startsWith("threecx-"))
                .collect(Collectors.toList());
    }

    private void assertNoSecretIn(HealthCheck.Result result) {
        String secret = pbx.clientSecret();
        Map<String, Object> details = result.getDetails();
        assertFalse(details.toString().contains(secret), "secret in details");
        assertFalse(result.getMessage().orElse("").contains(secret), "secret in message");
        result.getError().ifPresent(e -> assertFalse(e.toString().contains(secret), "secret in error"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

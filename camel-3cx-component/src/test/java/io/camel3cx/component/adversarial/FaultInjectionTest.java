package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.component.ThreeCxException;
import io.camel3cx.component.support.SimulatorCamel;
import io.camel3cx.http.PbxTransportException;
import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.faults.Faults;

/**
 * Faults injected by the simulator: every one reaches the route as an exception that says what happened, and the
 * component repeats nothing on its own (only a 401 gets one replay with a new token).
 */
class FaultInjectionTest {

    private SimulatorCamel pbx;
    private ThreeCxSimulator sim;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        pbx = SimulatorCamel.start();
        sim = pbx.sim();
        template = pbx.template();
    }

    @AfterEach
    void stop() {
        pbx.close();
    }

    private List<String> apiCalls() {
        return pbx.apiCalls();
    }

    private long tokenRequests() {
        return pbx.tokenRequests();
    }

    private Exchange send(String uri, Object body) {
        return template.request(uri, e -> e.getIn().setBody(body));
    }

    @Test
    void aConnectionResetOnPostIsAnExceptionAndThePostIsNotRepeated() {
        sim.faults().forOperation("users/createUser").connectionReset();

        Exchange e = send("threecx:users/createUser", Map.of("Number", "321", "FirstName", "Reset", "EmailAddress", "r@x.org"));

        PbxTransportException failure = assertInstanceOf(PbxTransportException.class, e.getException(),
                () -> String.valueOf(e.getException()));
        assertTrue(failure.getMessage().startsWith("3CX call POST /Users to " + sim.baseUrl() + " failed: the PBX closed"
                + " the connection without answering"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("it was not repeated, and the PBX may or may not have carried it out"),
                failure.getMessage());
        assertInstanceOf(NoHttpResponseException.class, failure.getCause());
        assertEquals(List.of("POST /xapi/v1/Users -> no response"), apiCalls());
    }

    @Test
    void aConnectionResetOnGetIsNotRepeatedEither() {
        sim.faults().forOperation("users/listUser").connectionReset().times(1);

        Exchange e = send("threecx:users/listUser?top=1", null);

        PbxTransportException failure = assertInstanceOf(PbxTransportException.class, e.getException());
        assertTrue(failure.getMessage().endsWith("; it was not repeated"), failure.getMessage());
        assertEquals(1, apiCalls().size(), apiCalls().toString());
    }

    @Test
    void aSlowAnswerFailsNamingResponseTimeout() {
        sim.faults().forOperation("users/listUser").latency(Duration.ofSeconds(3)).times(1);

        Exchange e = send("threecx:users/listUser?top=1&responseTimeout=300", null);

        PbxTransportException failure = assertInstanceOf(PbxTransportException.class, e.getException());
        assertTrue(failure.getMessage().contains("failed: no answer within responseTimeout (300 ms)"), failure.getMessage());
        assertInstanceOf(SocketTimeoutException.class, failure.getCause());
    }

    @Test
    void aSlowTokenEndpointFailsAsAuthenticationNamingResponseTimeout() {
        sim.faults().forOperation(Faults.TOKEN_ENDPOINT).latency(Duration.ofSeconds(3)).times(1);

        Exchange e = send("threecx:users/listUser?top=1&responseTimeout=300", null);

        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertEquals(0, failure.getStatusCode());
        assertTrue(failure.getMessage().contains("no answer within responseTimeout (300 ms)"), failure.getMessage());
        assertTrue(apiCalls().isEmpty());
    }

    @Test
    void aTokenEndpointThatResetsIsAnAuthenticationFailureWithTheTransportCause() {
        sim.faults().forOperation(Faults.TOKEN_ENDPOINT).connectionReset().times(1);

        Exchange e = send("threecx:users/listUser?top=1", null);

        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertInstanceOf(PbxTransportException.class, failure.getCause());
        assertTrue(apiCalls().isEmpty());
        assertEquals(1, tokenRequests());
    }

    @Test
    void a429WithRetryAfterCarriesTheStatusAndIsNotRetried() {
        sim.faults().forOperation("users/listUser").retryAfter(30).times(1);

        Exchange e = send("threecx:users/listUser?top=1", null);

        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertEquals(429, failure.getStatusCode());
        assertEquals("Simulated fault: HTTP 429", failure.getErrorMessage());
        assertEquals(List.of("GET /xapi/v1/Users?$top=1 -> 429"), apiCalls());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 500, 503, 504 })
    void aServerErrorIsOneFailedCall(int status) {
        sim.faults().forOperation("users/reprovisionPhone").status(status).times(1);

        Exchange e = send("threecx:users/reprovisionPhone?mac=001122AABBCC", null);

        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertEquals(status, failure.getStatusCode());
        assertEquals(List.of("POST /xapi/v1/Users/Pbx.ReprovisionPhone -> " + status), apiCalls());
    }

    @Test
    void malformedJsonOnSuccessIsAFailureNotAResult() {
        sim.faults().forOperation("users/listUser").malformedJson().times(1);

        Exchange e = send("threecx:users/listUser?top=1", null);

        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertEquals(200, failure.getStatusCode());
        assertTrue(failure.getMessage().contains("not valid JSON"), failure.getMessage());
    }

    @Test
    void a401Then401FailsAfterExactlyTwoApiRequests() {
        sim.faults().forOperation("users/listUser").status(401);

        Exchange e = send("threecx:users/listUser?top=1", null);

        assertEquals(401, assertInstanceOf(ThreeCxException.class, e.getException()).getStatusCode());
        assertEquals(2, apiCalls().size(), apiCalls().toString());
        assertEquals(2, tokenRequests());
    }

    @Test
    void concurrentExchangesOnARevokedTokenShareOneNewToken() throws Exception {
        assertNull(send("threecx:users/listUser?top=1", null).getException());
        sim.revokeTokens();

        int n = 24;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Exchange>> results = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return send("threecx:users/listUser?top=1", null);
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
        assertEquals(2, tokenRequests(), "the first token and exactly one replacement for all " + n);
    }
}

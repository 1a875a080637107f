package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxException;
import io.camel3cx.component.support.SimulatorCamel;
import io.camel3cx.http.PbxTransportException;
import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.faults.Faults;

/**
 * Simulator faults the earlier fault tests do not combine: Retry-After, a call carried out after the client gave
 * up, a token revoked while a call is in flight, transport faults with throwExceptionOnFailure=false, and many
 * exchanges behind a token endpoint that fails or hangs.
 */
class SimulatorFaultAttackTest {

    private SimulatorCamel pbx;
    private ThreeCxSimulator sim;
    private CamelContext camel;
    private ProducerTemplate template;
    private ThreeCxComponent component;

    @BeforeEach
    void start() {
        pbx = SimulatorCamel.start();
        sim = pbx.sim();
        camel = pbx.camel();
        template = pbx.template();
        component = pbx.component();
    }

    @AfterEach
    void stop() {
        pbx.close();
    }

    private Exchange send(String uri, Object body) {
        return template.request(uri, e -> e.getIn().setBody(body));
    }

    private Exchange usersNumbered(String number) {
        return template.request("threecx:users/listUser?select=Id",
                e -> e.getIn().setHeader("CamelThreeCx.filter", "Number eq '" + number + "'"));
    }

    private List<String> apiCalls() {
        return pbx.apiCalls();
    }

    private long tokenRequests() {
        return pbx.tokenRequests();
    }

    /** Runs n exchanges at once; returns each one's exchange and how long it took (ms). */
    private List<Map.Entry<Exchange, Long>> concurrently(int n, String uri) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Map.Entry<Exchange, Long>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    long t0 = System.nanoTime();
                    Exchange e = send(uri, null);
                    return Map.entry(e, (System.nanoTime() - t0) / 1_000_000);
                }));
            }
            go.countDown();
            List<Map.Entry<Exchange, Long>> out = new ArrayList<>();
            for (Future<Map.Entry<Exchange, Long>> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a429sRetryAfterReachesTheRoute() {
        // The PBX says when to come back; the route's redelivery can only honour it if the value is kept.
        sim.faults().forOperation("users/listUser").retryAfter(30).times(2);

        Exchange thrown = send("threecx:users/listUser?top=1", null);
        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, thrown.getException());
        assertEquals(429, failure.getStatusCode());
        assertTrue(failure.getMessage().contains("Retry-After") && failure.getMessage().contains("30"),
                "the exception drops Retry-After: " + failure.getMessage());

        Exchange kept = send("threecx:users/listUser?top=1&throwExceptionOnFailure=false", null);
        assertNull(kept.getException());
        Object retryAfter = kept.getMessage().getHeaders().entrySet().stream()
                .filter(h -> h.getKey().toLowerCase().contains("retryafter") || h.getKey().equalsIgnoreCase("Retry-After"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        assertEquals("30", String.valueOf(retryAfter), "no Retry-After header among " + kept.getMessage().getHeaders().keySet());
    }

    @Test
    void aPostThatTimedOutMayHaveBeenCarriedOutAndTheExceptionSaysSo() {
        sim.faults().forOperation("users/createUser").latency(Duration.ofMillis(1500)).times(1);

        Exchange e = send("threecx:users/createUser?responseTimeout=300",
                Map.of("Number", "377", "FirstName", "Slow", "EmailAddress", "slow@example.org"));

        PbxTransportException failure = assertInstanceOf(PbxTransportException.class, e.getException());
        assertTrue(failure.getMessage().contains("no answer within responseTimeout (300 ms)"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("the PBX may or may not have carried it out"), failure.getMessage());
        // ... and it did: the simulator created the user after the client had given up.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            Exchange found = usersNumbered("377");
            return found.getException() == null && !((List<?>) found.getMessage().getBody()).isEmpty();
        });
        assertEquals(1, apiCalls().stream().filter(c -> c.startsWith("POST")).count(), "the POST was not repeated");
    }

    @Test
    void aTokenRevokedWhileACallIsInFlightIsReplacedAndThePostCarriedOutOnce() throws Exception {
        assertNull(send("threecx:users/listUser?top=1", null).getException());
        sim.faults().forOperation("users/createUser").latency(Duration.ofMillis(800)).times(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Exchange> inFlight = pool.submit(() -> send("threecx:users/createUser",
                    Map.of("Number", "378", "FirstName", "Flight", "EmailAddress", "flight@example.org")));
            Thread.sleep(300);
            sim.revokeTokens();
            Exchange e = inFlight.get(30, TimeUnit.SECONDS);
            assertNull(e.getException(), () -> String.valueOf(e.getException()));
        } finally {
            pool.shutdownNow();
        }
        List<String> posts = apiCalls().stream().filter(c -> c.startsWith("POST")).toList();
        assertEquals(List.of("POST /xapi/v1/Users -> 401", "POST /xapi/v1/Users -> 201"), posts);
        assertEquals(2, tokenRequests());
        Exchange found = usersNumbered("378");
        assertEquals(1, ((List<?>) found.getMessage().getBody()).size());
    }

    @Test
    void withoutThrowingTransportFaultsAreStillExceptions() {
        // throwExceptionOnFailure=false is about PBX answers; with no answer there is nothing to put on the message.
        sim.faults().forOperation("users/listUser").connectionReset().times(1);
        Exchange reset = send("threecx:users/listUser?top=1&throwExceptionOnFailure=false", null);
        assertInstanceOf(PbxTransportException.class, reset.getException());

        sim.faults().forOperation("users/listUser").latency(Duration.ofSeconds(2)).times(1);
        Exchange slow = send("threecx:users/listUser?top=1&throwExceptionOnFailure=false&responseTimeout=300", null);
        PbxTransportException timeout = assertInstanceOf(PbxTransportException.class, slow.getException());
        assertTrue(timeout.getMessage().contains("responseTimeout (300 ms)"), timeout.getMessage());
    }

    @Test
    void concurrentExchangesBehindARefusedTokenRequestShareItsRefusal() throws Exception {
        // A wrong secret: every exchange that waited for the one token request in flight then sends its own, one
        // after another. 3CX counts failed logins (and may block the address), and the route learns nothing new.
        component.getConfiguration().setClientSecret("wrong-secret");
        sim.faults().forOperation(Faults.TOKEN_ENDPOINT).latency(Duration.ofMillis(300));

        List<Map.Entry<Exchange, Long>> results = concurrently(8, "threecx:users/listUser?top=1");

        for (Map.Entry<Exchange, Long> r : results) {
            ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class,
                    r.getKey().getException());
            assertEquals(401, failure.getStatusCode());
        }
        assertTrue(apiCalls().isEmpty());
        assertEquals(1, tokenRequests(), "token requests for 8 concurrent exchanges with a refused secret");
    }

    @Test
    void concurrentExchangesBehindAHangingTokenEndpointWaitAboutOneResponseTimeoutNotOneEach() throws Exception {
        sim.faults().forOperation(Faults.TOKEN_ENDPOINT).latency(Duration.ofSeconds(5));

        List<Map.Entry<Exchange, Long>> results = concurrently(5, "threecx:users/listUser?top=1&responseTimeout=400");

        long slowest = 0;
        for (Map.Entry<Exchange, Long> r : results) {
            assertInstanceOf(ThreeCxAuthenticationException.class, r.getKey().getException());
            slowest = Math.max(slowest, r.getValue());
        }
        // Each exchange waits for the token request ahead of it to time out, then sends its own: n x responseTimeout.
        assertTrue(slowest < 1500, "with responseTimeout=400 the slowest of 5 exchanges failed after " + slowest
                + " ms (each waited for the token request before it to time out, then sent its own)");
    }
}

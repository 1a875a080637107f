package io.camel3cx.simulator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camel3cx.catalog.UnknownNameException;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.XapiClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    ThreeCxSimulator sim;
    XapiClient client;

    @BeforeEach
    void start() {
        sim = ThreeCxSimulator.builder().start();
        client = new XapiClient(sim);
        client.login();
        sim.clearRequestLog();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void statusForOneOperationForNTimes() {
        sim.faults().forOperation("users/listUser").status(503).times(2);
        assertEquals(503, client.get("/Users?$top=1").statusCode());
        assertEquals(200, client.get("/Groups").statusCode(), "other operations are not affected");
        HttpResponse<String> second = client.get("/Users?$top=1");
        assertEquals(503, second.statusCode());
        assertTrue(XapiClient.json(second).get("error").get("message").asText().contains("503"));
        assertEquals(200, client.get("/Users?$top=1").statusCode(), "the budget of 2 is spent");
    }

    @Test
    void tooManyRequestsWithRetryAfter() {
        sim.faults().forOperation("Users/ReprovisionPhone").status(429).retryAfter(2).times(1);
        HttpResponse<String> r = client.post("/Users/Pbx.ReprovisionPhone", "{\"mac\":\"001122AABBCC\"}");
        assertEquals(429, r.statusCode());
        assertEquals("2", r.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void globalServerErrorsWithODataBodies() {
        for (int status : new int[] {500, 504}) {
            sim.faults().global().status(status).times(1);
            HttpResponse<String> r = client.get("/SystemStatus");
            assertEquals(status, r.statusCode());
            assertEquals("", XapiClient.json(r).get("error").get("code").asText());
        }
        assertEquals(200, client.get("/SystemStatus").statusCode());
    }

    @Test
    void tokenEndpointFault() {
        sim.faults().forOperation(Faults.TOKEN_ENDPOINT).status(503).times(1);
        assertEquals(503, client.tokenResponse(sim.clientId(), sim.clientSecret()).statusCode());
        assertEquals(200, client.tokenResponse(sim.clientId(), sim.clientSecret()).statusCode());
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        sim.faults().forOperation("systemStatus/getSystemStatus").latency(Duration.ofSeconds(30)).times(1);
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> client.get("/SystemStatus"));
        // While the delayed call waits, another operation answers at once.
        assertEquals(200, client.get("/Groups").statusCode());
        assertTrue(!slow.isDone(), "the delayed call is still waiting");
        sim.close(); // ends the wait: the delayed call fails instead of blocking the test for 30 s
        assertThrows(Exception.class, () -> slow.get(10, TimeUnit.SECONDS));
    }

    @Test
    void shortLatencyThenNormalAnswer() {
        sim.faults().forOperation("groups/listGroup").latency(Duration.ofMillis(200)).times(1);
        assertEquals(200, client.get("/Groups").statusCode());
    }

    @Test
    void connectionResetClosesWithoutAnswer() {
        sim.faults().forOperation("groups/listGroup").connectionReset();
        assertThrows(UncheckedIOException.class, () -> client.get("/Groups"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sim.requestLog().stream()
                .anyMatch(r -> r.status() == RecordedRequest.NO_RESPONSE && r.path().equals("/xapi/v1/Groups")));
    }

    @Test
    void malformedJsonKeepsTheStatus() {
        sim.faults().forOperation("users/getUser").malformedJson().times(1);
        HttpResponse<String> r = client.get("/Users(1)");
        assertEquals(200, r.statusCode());
        assertThrows(JsonProcessingException.class, () -> XapiClient.JSON.readTree(r.body()));
        assertEquals(200, client.get("/Users(1)").statusCode());
        XapiClient.json(client.get("/Users(1)"));
    }

    @Test
    void unknownOperationKeyIsRefusedWithSuggestions() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> sim.faults().forOperation("users/reprovisionPhon"));
        assertTrue(e.getMessage().contains("reprovisionPhone"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.faults().forOperation("users"));
        assertThrows(IllegalArgumentException.class, () -> sim.faults().global().status(200));
    }

    @Test
    void clearRemovesEveryRule() {
        sim.faults().global().status(503);
        assertEquals(503, client.get("/Groups").statusCode());
        sim.faults().clear();
        assertEquals(200, client.get("/Groups").statusCode());
    }

    @Test
    void requestLogRecordsTheWire() {
        client.get("/Users(Number='1%2001')?$select=Id");
        client.post("/Users/Pbx.ReprovisionPhone", "{\"mac\":\"001122AABBCC\"}");
        var log = sim.requestLog();
        assertEquals(2, log.size());
        RecordedRequest get = log.get(0);
        assertEquals("GET", get.method());
        assertEquals("/xapi/v1/Users(Number='1%2001')", get.path(), "raw, not decoded");
        assertEquals("$select=Id", get.rawQuery());
        assertEquals(404, get.status());
        assertTrue(get.header("Authorization").startsWith("Bearer "));
        RecordedRequest post = log.get(1);
        assertEquals("{\"mac\":\"001122AABBCC\"}", post.body());
        assertEquals("application/json", post.header("content-type"));
        assertEquals(404, post.status());
        sim.clearRequestLog();
        assertEquals(0, sim.requestLog().size());
    }
}

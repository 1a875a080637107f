package io.camel3cx.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ratio only means something when both sides do the same work: each pair of benchmarks must send the very same
 * request (method, path, query, token, body) and get the same answer back.
 */
class CallBenchmarkTest {

    private final CallBenchmark benchmark = new CallBenchmark();

    @BeforeEach
    void start() throws Exception {
        benchmark.start();
        benchmark.pbx().record();
    }

    @AfterEach
    void stop() throws Exception {
        benchmark.stop();
    }

    @Test
    void reprovisionPhoneSidesSendTheSameRequest() throws Exception {
        assertNull(benchmark.reprovisionPhoneBaseline());
        assertNull(benchmark.reprovisionPhoneThreecx());

        List<StubPbx.Request> sent = benchmark.pbx().recorded();
        assertEquals(2, sent.size(), sent::toString);
        assertEquals(new StubPbx.Request("POST", "/xapi/v1/Users/Pbx.ReprovisionPhone", null, "Bearer bench-token",
                "{\"mac\":\"001122AABBCC\"}"), sent.get(0));
        assertEquals(sent.get(0), sent.get(1));
    }

    @Test
    void getUserSidesSendTheSameRequestAndReadTheSameEntity() throws Exception {
        Object baseline = benchmark.getUserBaseline();
        Object threecx = benchmark.getUserThreecx();

        assertEquals(baseline, threecx);
        assertEquals(42, ((Map<?, ?>) threecx).get("Id"));
        List<StubPbx.Request> sent = benchmark.pbx().recorded();
        assertEquals(2, sent.size(), sent::toString);
        assertEquals("/xapi/v1/Users(42)", sent.get(0).rawPath());
        assertEquals(sent.get(0), sent.get(1));
    }
}

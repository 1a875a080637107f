package io.camel3cx.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.XapiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paths, methods and OData literals: what matches, and the error for what does not. */
class RoutingTest {

    static ThreeCxSimulator sim;
    static XapiClient client;

    @BeforeAll
    static void start() {
        sim = ThreeCxSimulator.builder().apiVersion("20.0.10").start();
        client = new XapiClient(sim);
        client.login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "GET | /Users(1) | 200 | ",
        "GET | /Users(Id=1) | 200 | ",
        "GET | /Users(abc) | 400 | for parameter 'Id' is not valid: expected Edm.Int32",
        "GET | /Users(99999999999) | 400 | within range",
        "GET | /Users('1') | 400 | for parameter 'Id' is not valid",
        "GET | /Users(Number=100) | 400 | expected a string in single quotes",
        "GET | /Users(Number='10''0') | 404 | Number '10'0'",
        "GET | /Userz | 404 | no resource 'Userz' (path /Userz); did you mean Users",
        "GET | /Users/Pbx.Nothing() | 404 | has no operation at",
        "GET | / | 404 | service root",
        "PUT | /Users(1) | 405 | allowed: DELETE, GET, PATCH",
        "GET | /Users/Pbx.GetPhoneRegistrar(mac='001122AABBCC') | 200 | ",
        "GET | /Users/Pbx.GetPhoneRegistrar(mac='00:11') | 400 | WARNINGS.XAPI.INVALID_MAC",
        "GET | /Users/Pbx.GetPhoneRegistrar() | 400 | missing: mac",
        "GET | /Users/Pbx.GetPhoneRegistrar(mac=null) | 400 | not nullable",
        "GET | /ActivityLog/Pbx.GetLogs(startDate=2025-01-01T00:00:00%2B01:00,endDate=2025-01-02T00:00:00Z,extension=null,call=null,severity=null) | 200 | ",
        "GET | /ActivityLog/Pbx.GetLogs(endDate=2025-01-02T00:00:00Z,startDate=2025-01-01T00:00:00Z,extension=null,call=null,severity=null) | 200 | ",
        "GET | /ActivityLog/Pbx.GetLogs(startDate='2025-01-01T00:00:00Z',endDate=2025-01-02T00:00:00Z,extension=null,call=null,severity=null) | 400 | date-times are written unquoted",
        "GET | /OAuthClients(6f1c2d3e-0000-4000-8000-00000000000) | 400 | uuids are written bare",
    })
    void routes(String method, String path, int status, String messagePart) {
        HttpResponse<String> r = client.call(method, path, null);
        assertEquals(status, r.statusCode(), r.body());
        if (messagePart != null) {
            String message = XapiClient.json(r).get("error").get("message").asText();
            assertTrue(message.contains(messagePart), message);
        }
        if (status == 405) {
            assertEquals("DELETE, GET, PATCH", r.headers().firstValue("Allow").orElseThrow());
        }
    }

    @Test
    void outsideTheApiIs404() {
        HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sim.baseUrl() + "/something")).build());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("/xapi/v1"));
    }

    @Test
    void unknownReleaseIsRefusedWithTheBundledOnes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ThreeCxSimulator.builder().apiVersion("20.0.99"));
        assertTrue(e.getMessage().contains("20.0.10"), e.getMessage());
    }
}

package io.camel3cx.component.adversarial;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultRegistry;
import org.apache.camel.support.SimpleRegistry;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxEndpoint;
import io.camel3cx.component.support.CapturedLogs;
import io.camel3cx.component.support.RecordingPbx;
import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.ThreeCxTestSupport;
import io.camel3cx.http.PbxClientRegistry;

/**
 * Stopping and starting endpoints, the component and whole contexts: pooled clients are closed and made anew, no
 * thread is left behind, and endpoints keep working (and keep sharing one token per client) afterwards.
 */
class LifecycleAttackTest extends ThreeCxTestSupport {

    private static int openClients(ThreeCxComponent component) throws Exception {
        Method clients = ThreeCxComponent.class.getDeclaredMethod("clients");
        clients.setAccessible(true);
        return ((PbxClientRegistry) clients.invoke(component)).size();
    }

    private ThreeCxComponent newComponent() {
        ThreeCxComponent c = new ThreeCxComponent();
        c.getConfiguration().setBaseUrl(pbx.baseUrl());
        c.getConfiguration().setClientId(CLIENT_ID);
        c.getConfiguration().setClientSecret(CLIENT_SECRET);
        return c;
    }

    private List<String> bearers() {
        return pbx.apiRequests().stream().map(r -> r.header("Authorization")).toList();
    }

    @Test
    void anEndpointWorksAgainAfterStopAndStart() throws Exception {
        ThreeCxEndpoint endpoint = (ThreeCxEndpoint) context.getEndpoint("threecx:users/reprovisionPhone?mac=1");
        call("threecx:users/reprovisionPhone?mac=1", null);
        assertEquals(1, openClients(component));

        endpoint.stop();
        assertEquals(0, openClients(component), "the last user closed the pool");
        endpoint.start();
        call("threecx:users/reprovisionPhone?mac=1", null);

        assertEquals(2, pbx.apiRequests().size());
        assertEquals(1, pbx.tokenRequests().size(), "the token outlives an endpoint restart");
    }

    @Test
    void endpointsWorkAfterTheComponentIsStoppedAndStartedAlone() throws Exception {
        ThreeCxEndpoint a = (ThreeCxEndpoint) context.getEndpoint("threecx:users/reprovisionPhone?mac=1");
        call("threecx:users/reprovisionPhone?mac=1", null);

        component.stop();
        assertEquals(0, openClients(component), "stopping the component closes its pools");
        component.start();

        call("threecx:users/reprovisionPhone?mac=1", null);
        ThreeCxEndpoint b = (ThreeCxEndpoint) context.getEndpoint("threecx:users/getUser?id=1");
        pbx.respond(r -> RecordingPbx.Reply.json(200, "{\"Id\":1}"));
        call("threecx:users/getUser?id=1", null);

        assertSame(a.getTokenManager(), b.getTokenManager(), "old and new endpoints share the client's one token");
        assertEquals(List.of("Bearer token-1", "Bearer token-2", "Bearer token-2"), bearers(),
                "one new token after the restart, used by both");
        assertEquals(1, openClients(component));
    }

    @Test
    void aRouteWorksAfterTheContextIsStoppedAndStarted() throws Exception {
        // Camel drops components added with addComponent, and its own registry's beans, when its context stops. A
        // component that lives in a registry outliving the context (as Spring's beans do) is the same instance
        // after a restart and must work again.
        context.stop();
        SimpleRegistry beans = new SimpleRegistry() {
            @Override
            public void close() {
                // the beans outlive the context
            }
        };
        CamelContext camel = new DefaultCamelContext(new DefaultRegistry(beans));
        ThreeCxComponent c = newComponent();
        beans.bind("threecx", c);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:reprovision").to("threecx:users/reprovisionPhone?mac=1");
            }
        });
        try {
            camel.start();
            ProducerTemplate t = camel.createProducerTemplate();
            assertNull(t.request("direct:reprovision", x -> {
            }).getException());
            camel.stop();
            assertEquals(0, openClients(c));

            camel.start();
            assertSame(c, camel.getComponent("threecx"));
            Exchange e = camel.createProducerTemplate().request("direct:reprovision", x -> {
            });
            assertNull(e.getException(), () -> String.valueOf(e.getException()));
            assertEquals(2, pbx.apiRequests().size());
            assertEquals(1, openClients(c));
        } finally {
            camel.stop();
        }
    }

    @Test
    void repeatedContextsLeaveNoThreadBehind() throws Exception {
        context.stop();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        for (int i = 0; i < 5; i++) {
            CamelContext camel = new DefaultCamelContext();
            ThreeCxComponent c = newComponent();
            camel.addComponent("threecx", c);
            camel.start();
            ProducerTemplate t = camel.createProducerTemplate();
            for (int j = 0; j < 10; j++) {
                Exchange e = t.request("threecx:users/reprovisionPhone?mac=" + j, x -> {
                });
                assertNull(e.getException());
            }
            t.stop();
            camel.stop();
            assertEquals(0, openClients(c));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Set<String> left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive())
                    // the stand-in PBX's own request threads, and Awaitility's own poller
                    .filter(t -> !t.getName().startsWith("pool-") && !t.getName().startsWith("HTTP-Dispatcher")
                                 && !t.getName().startsWith("awaitility"))
                    .map(Thread::getName).collect(Collectors.toSet());
            assertEquals(Set.of(), left);
        });
    }

    @Test
    void twoContextsWithTheSameClientEvictEachOthersTokenVisibly() throws Exception {
        // Each CamelContext has its own token manager, and the PBX keeps one token per client: every switch
        // between the two contexts costs a 401, a new token and a replay. It works, but it must not go unnoticed.
        CamelContext other = new DefaultCamelContext();
        ThreeCxComponent c = newComponent();
        other.addComponent("threecx", c);
        other.start();
        List<String> lines;
        try (CapturedLogs logs = CapturedLogs.capture()) {
            ProducerTemplate otherTemplate = other.createProducerTemplate();
            call("threecx:users/reprovisionPhone?mac=1", null);
            assertNull(otherTemplate.request("threecx:users/reprovisionPhone?mac=2", x -> {
            }).getException());
            call("threecx:users/reprovisionPhone?mac=3", null);
            lines = logs.lines();
        } finally {
            other.stop();
        }
        assertNotSame(component.getTokenManagers(), c.getTokenManagers());
        assertEquals(List.of("Bearer token-1", "Bearer token-2", "Bearer token-1", "Bearer token-3"), bearers(),
                "context 1, context 2 (revoking 1), context 1 refused, then replayed with a new token");
        List<String> warnings = lines.stream().filter(l -> l.contains("revoked before it expired")).toList();
        assertEquals(1, warnings.size(), lines.toString());
        assertTrue(warnings.get(0).contains("client '" + CLIENT_ID + "' at " + pbx.baseUrl()), warnings.get(0));
        assertTrue(warnings.get(0).contains("another CamelContext or process"), warnings.get(0));
    }

    @Test
    void twoEndpointsWithDifferentPbxsOnOneComponentKeepApart() throws Exception {
        try (RecordingPbx second = new RecordingPbx()) {
            call("threecx:users/reprovisionPhone?mac=1", null);
            call("threecx:users/reprovisionPhone?mac=2&baseUrl=" + second.baseUrl(), null);
            call("threecx:users/reprovisionPhone?mac=3", null);

            assertEquals(List.of("{\"mac\":\"1\"}", "{\"mac\":\"3\"}"),
                    pbx.apiRequests().stream().map(Recorded::bodyText).toList());
            assertEquals(List.of("{\"mac\":\"2\"}"), second.apiRequests().stream().map(Recorded::bodyText).toList());
            assertEquals(1, pbx.tokenRequests().size());
            assertEquals(1, second.tokenRequests().size());
            ThreeCxEndpoint a = (ThreeCxEndpoint) context.getEndpoint("threecx:users/reprovisionPhone?mac=1");
            ThreeCxEndpoint b = (ThreeCxEndpoint) context.getEndpoint("threecx:users/reprovisionPhone?mac=2&baseUrl="
                    + second.baseUrl());
            assertNotSame(a.getTokenManager(), b.getTokenManager());
            assertEquals(2, openClients(component));
        }
    }
}

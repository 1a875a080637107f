package io.camel3cx.builder;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.camel3cx.builder.ThreeCxEndpoints.threecx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Camel makes of the builder's URIs: a stand-in component registered as {@code capture} records the path and
 * options Camel hands to {@code createEndpoint}, exactly as the 3CX component would receive them.
 */
class EndpointBuilderRoundTripTest {

    /** One endpoint creation: the remaining path and the options. */
    record Created(String remaining, Map<String, Object> options) {
    }

    static final class CaptureComponent extends DefaultComponent {
        final List<Created> created = new CopyOnWriteArrayList<>();

        @Override
        protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
            created.add(new Created(remaining, new TreeMap<>(parameters)));
            parameters.clear();
            return new DefaultEndpoint(uri, this) {
                @Override
                public Producer createProducer() {
                    return new DefaultProducer(this) {
                        @Override
                        public void process(org.apache.camel.Exchange exchange) {
                            exchange.getMessage().setBody("sent to " + getEndpoint().getEndpointUri());
                        }
                    };
                }

                @Override
                public Consumer createConsumer(Processor processor) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        Created last() {
            return created.get(created.size() - 1);
        }
    }

    private CamelContext context;
    private CaptureComponent capture;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        capture = new CaptureComponent();
        context.addComponent("capture", capture);
        context.getPropertiesComponent().addInitialProperty("pbx.secret", "s+cr&t)&x");
        context.getPropertiesComponent().addInitialProperty("user.id", "42");
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void everyValueArrivesExactlyAsItWasSet() {
        List<String> values = List.of("Number eq '100'", "a+b", "a b", "a&b=c", "100%", "x%2By", "O'Brien", "Zoë Müller",
                "#hash", "a,b", "f(x)", "a)", "a)&b", "a}&b", "RAW(x)", "{x}", "a/b?c", "  lead", "\"q\"", "a\\b", "€",
                "x=y;z", "line\nbreak");
        for (String v : values) {
            threecx("capture").users().listUser().filter(v).resolve(context);
            assertEquals("users/listUser", capture.last().remaining());
            assertEquals(Map.of("filter", v), capture.last().options(), "value " + v);
        }
    }

    @Test
    void typedOptionsAndEndpointOptionsArriveUnderTheirNames() {
        threecx("capture").users().listUser().top(10).select("Id", "Number").count(true)
                .baseUrl("https://pbx.example.com:5001").tokenRefreshSkew(30).raw(true).resolve(context);
        assertEquals(new TreeMap<>(Map.of("top", "10", "select", "Id,Number", "count", "true",
                "baseUrl", "https://pbx.example.com:5001", "tokenRefreshSkew", "30", "raw", "true")),
                capture.last().options());
    }

    @Test
    void placeholdersAreResolvedBeforeEncoding() {
        threecx("capture").users().getUser().id("{{user.id}}").clientSecret("{{pbx.secret}}").resolve(context);
        assertEquals(Map.of("id", "42", "clientSecret", "s+cr&t)&x"), capture.last().options());
    }

    @Test
    void beansAreBoundIntoTheRegistryAndReferenced() {
        SSLContextParameters tls = new SSLContextParameters();
        threecx("capture").users().listUser().sslContextParameters(tls).resolve(context);
        String ref = (String) capture.last().options().get("sslContextParameters");
        assertTrue(ref.startsWith("#threecx-SSLContextParameters-"), ref);
        assertSame(tls, context.getRegistry().lookupByName(ref.substring(1)));
    }

    @Test
    void worksInToAndToD() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:static").to(threecx("capture").users().reprovisionPhone().mac("001122AABBCC"));
                from("direct:dynamic").toD(threecx("capture").users().getUser().id("${header.userId}"));
            }
        });
        ProducerTemplate template = context.createProducerTemplate();
        template.sendBody("direct:static", null);
        assertEquals(Map.of("mac", "001122AABBCC"), capture.last().options());
        assertEquals("users/reprovisionPhone", capture.last().remaining());

        Object reply = template.requestBodyAndHeader("direct:dynamic", null, "userId", 9);
        assertEquals(Map.of("id", "9"), capture.last().options());
        assertEquals("sent to capture://users/getUser?id=9", reply);
    }
}

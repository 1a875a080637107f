package io.camel3cx.component.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.camel3cx.component.ThreeCxComponent;

/**
 * A CamelContext whose {@code threecx} component points at a fresh {@link RecordingPbx}, per test.
 */
public abstract class ThreeCxTestSupport {

    public static final String CLIENT_ID = "camel-tests";
    public static final String CLIENT_SECRET = "s3cr3t-Value-That-Must-Not-Leak";

    protected RecordingPbx pbx;
    protected CamelContext context;
    protected ProducerTemplate template;
    protected ThreeCxComponent component;

    @BeforeEach
    void startPbxAndCamel() throws Exception {
        pbx = new RecordingPbx();
        context = new DefaultCamelContext();
        component = new ThreeCxComponent();
        component.getConfiguration().setBaseUrl(pbx.baseUrl());
        component.getConfiguration().setClientId(CLIENT_ID);
        component.getConfiguration().setClientSecret(CLIENT_SECRET);
        configure(component);
        context.addComponent("threecx", component);
        context.start();
        template = context.createProducerTemplate();
    }

    /** Extra component settings for a test class. */
    protected void configure(ThreeCxComponent component) {
    }

    @AfterEach
    void stopCamelAndPbx() {
        if (context != null) {
            context.stop();
        }
        if (pbx != null) {
            pbx.close();
        }
    }

    /** Sends and returns the exchange, failing the test if it failed (use for the happy paths). */
    protected Exchange call(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getIn().setBody(body));
        if (exchange.getException() != null) {
            throw new AssertionError("Call to " + uri + " failed", exchange.getException());
        }
        return exchange;
    }

    /** The raw queries of the API requests the PBX saw, in order: which pages a paged call asked for. */
    protected List<String> pagesAsked() {
        return pbx.apiRequests().stream().map(RecordingPbx.Recorded::rawQuery).toList();
    }

    /** The {@code Id}s of the items an iterator delivers, taking them all. */
    protected static List<Object> ids(Iterator<?> items) {
        List<Object> out = new ArrayList<>();
        items.forEachRemaining(i -> out.add(((Map<?, ?>) i).get("Id")));
        return out;
    }
}

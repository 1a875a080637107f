package io.camel3cx.component.support;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * A running simulator and a started CamelContext whose {@code threecx} component has its base URL and credentials;
 * {@link #close()} stops both. (camel-3cx-test offers the same to users, but depends on this module.)
 */
public final class SimulatorCamel implements AutoCloseable {

    private final ThreeCxSimulator sim;
    private final CamelContext camel = new DefaultCamelContext();
    private final ThreeCxComponent component = new ThreeCxComponent();
    private final ProducerTemplate template;

    private SimulatorCamel(ThreeCxSimulator sim) {
        this.sim = sim;
        component.getConfiguration().setBaseUrl(sim.baseUrl());
        component.getConfiguration().setClientId(sim.clientId());
        component.getConfiguration().setClientSecret(sim.clientSecret());
        camel.addComponent("threecx", component);
        camel.start();
        template = camel.createProducerTemplate();
    }

    /** A simulator with its defaults. */
    public static SimulatorCamel start() {
        return start(ThreeCxSimulator.builder());
    }

    public static SimulatorCamel start(ThreeCxSimulator.Builder simulator) {
        return new SimulatorCamel(simulator.start());
    }

    public ThreeCxSimulator sim() {
        return sim;
    }

    public CamelContext camel() {
        return camel;
    }

    public ThreeCxComponent component() {
        return component;
    }

    public ProducerTemplate template() {
        return template;
    }

    /** The XAPI requests the simulator saw, as {@code METHOD path?query -> status}. */
    public List<String> apiCalls() {
        return sim.requestLog().stream().filter(r -> r.path().startsWith("/xapi/")).map(RecordedRequest::toString)
                .toList();
    }

    public long tokenRequests() {
        return sim.requestLog().stream().filter(r -> r.path().equals("/connect/token")).count();
    }

    @Override
    public void close() {
        camel.stop();
        sim.close();
    }
}

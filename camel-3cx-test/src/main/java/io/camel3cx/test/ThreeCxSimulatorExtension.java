package io.camel3cx.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * JUnit 5 extension that runs a 3CX simulator for a test and points {@code threecx} components at it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create().apiVersion("20.0.10");
 *
 * CamelContext context = pbx.configure(new DefaultCamelContext());   // or: context.addComponent("threecx", pbx.component())
 * ...
 * assertEquals("POST", pbx.simulator().requestLog().get(1).method());
 * }</pre>
 *
 * In a {@code static} field one simulator serves the whole test class: its PBX state (users created by one test)
 * carries over, while the request log and injected faults are cleared before each test. In an instance field
 * every test gets a new simulator. The simulator speaks HTTPS with a self-signed certificate by default, and the
 * configured components trust exactly that certificate.
 */
public final class ThreeCxSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The name {@link #configure(CamelContext)} registers the component under, as in {@code threecx:...} URIs. */
    public static final String COMPONENT_NAME = "threecx";

    private final List<Consumer<ThreeCxSimulator.Builder>> settings = new ArrayList<>();
    private boolean https = true;
    private ThreeCxSimulator simulator;
    /** How many test classes (an outer one and its @Nested ones) are using the per-class simulator. */
    private int classDepth;

    private ThreeCxSimulatorExtension() {
    }

    /** An extension for a simulator of the newest bundled release, over HTTPS, with the default seed data. */
    public static ThreeCxSimulatorExtension create() {
        return new ThreeCxSimulatorExtension();
    }

    /** The 3CX release to simulate ({@code 20.0.5} .. {@code 20.0.10}); configured components use it too. */
    public ThreeCxSimulatorExtension apiVersion(String release) {
        ThreeCxSimulator.Builder probe = ThreeCxSimulator.builder();
        probe.apiVersion(release); // fails now, naming the release, rather than when the first test starts
        return customize(b -> b.apiVersion(release));
    }

    /** HTTPS with a self-signed certificate (default), or plain HTTP. */
    public ThreeCxSimulatorExtension https(boolean enabled) {
        this.https = enabled;
        return this;
    }

    /** The seed of the generated users, phones and call log; the same seed gives the same data. */
    public ThreeCxSimulatorExtension seed(long seed) {
        return customize(b -> b.seed(seed));
    }

    /** How many rows the generated call log has. */
    public ThreeCxSimulatorExtension callLogRows(long rows) {
        return customize(b -> b.callLogRows(rows));
    }

    /** Any other simulator setting, applied to its builder before it starts. */
    public ThreeCxSimulatorExtension customize(Consumer<ThreeCxSimulator.Builder> setting) {
        if (simulator != null) {
            throw new IllegalStateException("The simulator is already running; configure the extension where it is declared");
        }
        settings.add(setting);
        return this;
    }

    /** The running simulator: its request log, faults, sent welcome emails and connection details. */
    public ThreeCxSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("No simulator is running: register the extension with @RegisterExtension"
                    + " and use it from a test, a @BeforeEach or a @BeforeAll method");
        }
        return simulator;
    }

    /** A new {@code threecx} component connected to the simulator, for {@code context.addComponent(...)}. */
    public ThreeCxComponent component() {
        return SimulatorConnection.component(simulator());
    }

    /**
     * Connects the context's {@code threecx} component to the simulator: the component already registered under
     * that name is reconfigured in place, otherwise a new one is added.
     *
     * @return the same context, for chaining
     */
    public <C extends CamelContext> C configure(C context) {
        Component existing = context.hasComponent(COMPONENT_NAME);
        if (existing == null) {
            context.addComponent(COMPONENT_NAME, component());
        } else if (existing instanceof ThreeCxComponent threeCx) {
            SimulatorConnection.applyTo(simulator(), threeCx.getConfiguration());
        } else {
            throw new IllegalStateException("The context's component '" + COMPONENT_NAME + "' is a "
                    + existing.getClass().getName() + ", not a " + ThreeCxComponent.class.getName());
        }
        return context;
    }

    /** Shortcut for {@code simulator().requestLog()}. */
    public List<RecordedRequest> requestLog() {
        return simulator().requestLog();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // @Nested classes call this again: they share the outer class's simulator.
        if (classDepth++ == 0) {
            start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (classDepth > 0) {
            simulator.clearRequestLog();
            simulator.faults().clear();
        } else {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (classDepth == 0) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classDepth == 0) {
            stop();
        }
    }

    private void start() {
        ThreeCxSimulator.Builder builder = ThreeCxSimulator.builder().https(https);
        settings.forEach(s -> s.accept(builder));
        simulator = builder.start();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** The simulator's address and release; never the client secret. */
    @Override
    public String toString() {
        return "ThreeCxSimulatorExtension[" + (simulator == null ? "not running" : simulator.toString()) + "]";
    }
}

package io.camel3cx.examples;

import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * The simulator an example starts in its own process when no PBX is configured: HTTPS with a self-signed
 * certificate that only this process trusts, the default seed data, a fresh state every run.
 */
public final class EmbeddedPbx implements AutoCloseable {

    private final ThreeCxSimulator simulator;

    private EmbeddedPbx(ThreeCxSimulator simulator) {
        this.simulator = simulator;
    }

    public static EmbeddedPbx start() {
        return new EmbeddedPbx(ThreeCxSimulator.builder().https(true).start());
    }

    public ThreeCxSimulator simulator() {
        return simulator;
    }

    public PbxTarget target() {
        return PbxTarget.of(simulator, "embedded 3CX simulator");
    }

    @Override
    public void close() {
        simulator.close();
    }
}

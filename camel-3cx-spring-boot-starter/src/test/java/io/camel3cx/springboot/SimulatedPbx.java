package io.camel3cx.springboot;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.camel3cx.simulator.ThreeCxSimulator;

/** One simulated PBX per test class, wired into camel.component.threecx.* the way an application.yaml would. */
final class SimulatedPbx {

    private SimulatedPbx() {
    }

    static ThreeCxSimulator start() {
        return ThreeCxSimulator.builder().clientSecret("starter-s3cr3t-" + System.nanoTime()).start();
    }

    static void register(ThreeCxSimulator pbx, DynamicPropertyRegistry registry) {
        registry.add("camel.component.threecx.base-url", pbx::baseUrl);
        registry.add("camel.component.threecx.client-id", pbx::clientId);
        registry.add("camel.component.threecx.client-secret", pbx::clientSecret);
        registry.add("camel.component.threecx.api-version", pbx::apiVersion);
    }
}

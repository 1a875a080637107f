package io.camel3cx.examples;

import org.apache.camel.support.jsse.SSLContextParameters;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxConfiguration;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * The PBX the examples talk to: a real 3CX, a standalone simulator, or the simulator an example started itself.
 *
 * @param description  what to tell the person running the example ({@code embedded simulator 20.0.10 at ...})
 * @param baseUrl      the PBX's root URL
 * @param clientId     the API client's id
 * @param clientSecret the API client's secret; never printed
 * @param apiVersion   the XAPI release, or null for the component's default (the newest bundled)
 * @param tls          TLS settings for a self-signed simulator certificate, or null for the JVM's trust store
 * @param simulator    whether this is a simulator (the demo prepares its data; call logs default to its dates)
 */
public record PbxTarget(String description, String baseUrl, String clientId, String clientSecret, String apiVersion,
        SSLContextParameters tls, boolean simulator) {

    /** A simulator running in this JVM, trusting its certificate when it speaks HTTPS. */
    public static PbxTarget of(ThreeCxSimulator simulator, String description) {
        return new PbxTarget(description + " " + simulator.apiVersion() + " at " + simulator.baseUrl(),
                simulator.baseUrl(), simulator.clientId(), simulator.clientSecret(), simulator.apiVersion(),
                simulator.isHttps() ? TrustStores.trusting(simulator.trustStore(), simulator.trustStorePassword())
                        : null, true);
    }

    /** A {@code threecx} component connected to this PBX. */
    public ThreeCxComponent component() {
        ThreeCxComponent component = new ThreeCxComponent();
        ThreeCxConfiguration c = component.getConfiguration();
        c.setBaseUrl(baseUrl);
        c.setClientId(clientId);
        c.setClientSecret(clientSecret);
        c.setApiVersion(apiVersion);
        c.setSslContextParameters(tls);
        return component;
    }

    /** Without the secret. */
    @Override
    public String toString() {
        return "PbxTarget[" + description + ", client " + clientId + "]";
    }
}

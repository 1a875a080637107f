package io.camel3cx.test;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxConfiguration;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * Points a {@code threecx} component's connection settings at a running simulator: its base URL, its API client,
 * its release and, for HTTPS, a trust store holding its self-signed certificate. Certificates and host names stay
 * verified, as against a real PBX.
 */
public final class SimulatorConnection {

    private SimulatorConnection() {
    }

    /** A new component connected to the simulator. */
    public static ThreeCxComponent component(ThreeCxSimulator simulator) {
        ThreeCxComponent component = new ThreeCxComponent();
        applyTo(simulator, component.getConfiguration());
        return component;
    }

    /** Sets base URL, client id and secret, API version and (for HTTPS) the trust settings. */
    public static void applyTo(ThreeCxSimulator simulator, ThreeCxConfiguration configuration) {
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setClientId(simulator.clientId());
        configuration.setClientSecret(simulator.clientSecret());
        configuration.setApiVersion(simulator.apiVersion());
        configuration.setSslContextParameters(simulator.isHttps() ? trusting(simulator) : null);
    }

    /** TLS settings that trust the simulator's certificate (and nothing else). */
    public static SSLContextParameters trusting(ThreeCxSimulator simulator) {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + simulator.trustStore().toAbsolutePath());
        trustStore.setPassword(simulator.trustStorePassword());
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        return tls;
    }
}

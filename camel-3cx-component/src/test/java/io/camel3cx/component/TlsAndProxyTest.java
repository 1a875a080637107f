package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javax.net.ssl.SSLException;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camel3cx.component.support.RecordingPbx;
import io.camel3cx.component.support.SelfSignedCertificate;

/** HTTPS verifies certificates and host names unless told what to trust; proxies are used when configured. */
class TlsAndProxyTest {

    @TempDir
    Path dir;

    private RecordingPbx pbx;
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (pbx != null) {
            pbx.close();
        }
    }

    private ThreeCxComponent startCamel(String baseUrl) {
        context = new DefaultCamelContext();
        ThreeCxComponent component = new ThreeCxComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setClientId("tls");
        component.getConfiguration().setClientSecret("tls-secret");
        context.addComponent("threecx", component);
        context.start();
        return component;
    }

    private SSLContextParameters trusting(SelfSignedCertificate cert) throws Exception {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + cert.writeTrustStore(dir));
        store.setPassword(SelfSignedCertificate.password());
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private Exchange reprovision(String options) {
        return context.createProducerTemplate().request("threecx:users/reprovisionPhone?mac=1" + options, e -> {
        });
    }

    @Test
    void anUntrustedCertificateIsRefusedByDefault() throws Exception {
        SelfSignedCertificate cert = new SelfSignedCertificate("127.0.0.1", new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        pbx = new RecordingPbx(cert.serverContext());
        startCamel(pbx.baseUrl());

        Exchange e = reprovision("");

        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertInstanceOf(SSLException.class, sslCause(failure), String.valueOf(sslCause(failure)));
        assertTlsRemedyNamed(failure);
        assertTrue(pbx.tokenRequests().isEmpty() && pbx.apiRequests().isEmpty(), "nothing got through");
    }

    @Test
    void sslContextParametersDecideWhatIsTrusted() throws Exception {
        SelfSignedCertificate cert = new SelfSignedCertificate("127.0.0.1", new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        pbx = new RecordingPbx(cert.serverContext());
        startCamel(pbx.baseUrl());
        context.getRegistry().bind("pbxTls", trusting(cert));

        Exchange e = reprovision("&sslContextParameters=#pbxTls");

        assertNull(e.getException());
        assertEquals("/xapi/v1/Users/Pbx.ReprovisionPhone", pbx.singleApiRequest().rawPath());
    }

    @Test
    void theGlobalSslContextParametersApplyWhenEnabled() throws Exception {
        SelfSignedCertificate cert = new SelfSignedCertificate("127.0.0.1", new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        pbx = new RecordingPbx(cert.serverContext());
        ThreeCxComponent component = startCamel(pbx.baseUrl());
        context.setSSLContextParameters(trusting(cert));
        component.setUseGlobalSslContextParameters(true);

        assertNull(reprovision("").getException());
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        SelfSignedCertificate cert = new SelfSignedCertificate("pbx.example.com",
                new GeneralName(GeneralName.dNSName, "pbx.example.com"));
        pbx = new RecordingPbx(cert.serverContext());
        startCamel(pbx.baseUrl());
        context.getRegistry().bind("pbxTls", trusting(cert));

        Exchange e = reprovision("&sslContextParameters=#pbxTls");

        assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertInstanceOf(SSLException.class, sslCause(e.getException()), String.valueOf(sslCause(e.getException())));
        assertTlsRemedyNamed(e.getException());
        assertTrue(pbx.apiRequests().isEmpty());
    }

    /** The message says what failed and what would fix it, and that nothing reached the PBX. */
    private static void assertTlsRemedyNamed(Throwable failure) {
        String message = failure.getMessage();
        assertTrue(message.contains("TLS handshake failed") && message.contains("sslContextParameters")
                   && message.contains("trust store") && message.contains("nothing was sent"), message);
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() throws Exception {
        pbx = new RecordingPbx(); // plays the proxy: a plain HTTP proxy receives absolute-form requests
        startCamel("http://pbx.invalid");

        Exchange e = reprovision("&proxyHost=127.0.0.1&proxyPort=" + pbx.port());

        assertNull(e.getException());
        assertEquals("pbx.invalid", pbx.singleApiRequest().header("Host"));
        assertEquals("/xapi/v1/Users/Pbx.ReprovisionPhone", pbx.singleApiRequest().rawPath());
        assertEquals("pbx.invalid", pbx.tokenRequests().get(0).header("Host"));
    }

    /** The TLS failure in the cause chain, or the exception itself when there is none. */
    private static Throwable sslCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SSLException) {
                return c;
            }
        }
        return t;
    }
}

package io.camel3cx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

class HttpsTest {

    @Test
    void clientTrustingTheTrustStoreSucceedsAndOthersFail() throws Exception {
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().https(true).start()) {
            assertTrue(sim.baseUrl().startsWith("https://127.0.0.1:"));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(sim.trustStore())) {
                trust.load(in, sim.trustStorePassword().toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            HttpRequest token = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("client_id=" + sim.clientId() + "&client_secret="
                            + sim.clientSecret() + "&grant_type=client_credentials")).build();

            HttpResponse<String> ok = HttpClient.newBuilder().sslContext(ctx).build()
                    .send(token, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());

            HttpClient untrusting = HttpClient.newHttpClient();
            assertThrows(SSLHandshakeException.class, () -> untrusting.send(token, HttpResponse.BodyHandlers.ofString()));

            XapiClient convenience = new XapiClient(sim); // uses sim.sslContext()
            convenience.login();
            assertEquals(200, convenience.get("/SystemStatus").statusCode());
        }
    }

    @Test
    void trustStoreIsDeletedOnCloseAndRefusedForPlainHttp() {
        ThreeCxSimulator sim = ThreeCxSimulator.builder().https(true).start();
        var file = sim.trustStore();
        assertTrue(Files.exists(file));
        sim.close();
        assertTrue(Files.notExists(file));
        try (ThreeCxSimulator plain = ThreeCxSimulator.builder().start()) {
            assertThrows(IllegalStateException.class, plain::trustStore);
        }
    }
}

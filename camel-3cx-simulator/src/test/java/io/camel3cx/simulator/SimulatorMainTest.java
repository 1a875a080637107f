package io.camel3cx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The standalone simulator as a separate JVM: start, read its banner, call it over HTTPS, stop it. */
class SimulatorMainTest {

    @Test
    void runsAsAProcessAndServesHttps() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName(), "--https", "--api-version", "20.0.9", "--client-id", "standalone",
                "--client-secret", "standalone-secret", "--seed", "3").redirectErrorStream(true).start();
        Map<String, String> banner = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> read(process.getInputStream(), banner), "simulator-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> banner.containsKey("trust store"));
            assertEquals("standalone", banner.get("client id"));
            assertEquals("standalone-secret", banner.get("client secret"));
            Matcher url = Pattern.compile("3CX XAPI simulator 20\\.0\\.9 listening at (https://127\\.0\\.0\\.1:\\d+)")
                    .matcher(banner.get("listening"));
            assertTrue(url.matches(), banner.get("listening"));
            Matcher store = Pattern.compile("(.+) \\(password (.+)\\)").matcher(banner.get("trust store"));
            assertTrue(store.matches(), banner.get("trust store"));

            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of(store.group(1)))) {
                trust.load(in, store.group(2).toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            HttpClient http = HttpClient.newBuilder().sslContext(ctx).build();
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "/connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "client_id=standalone&client_secret=standalone-secret&grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, token.statusCode(), token.body());
            assertEquals(3600, XapiClient.json(token).get("expires_in").asInt(), "20.0.9 counts seconds");
            String access = XapiClient.json(token).get("access_token").asText();
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "/xapi/v1/SystemStatus"))
                    .header("Authorization", "Bearer " + access).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, status.statusCode());
            assertTrue(XapiClient.json(status).get("Version").asText().startsWith("20.0.9."));
        } finally {
            process.destroy();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        }
    }

    private static void read(InputStream in, Map<String, String> banner) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("3CX XAPI simulator")) {
                    banner.put("listening", line);
                } else {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        banner.put(line.substring(0, colon), line.substring(colon + 2));
                    }
                }
            }
        } catch (java.io.IOException e) {
            // the process ended
        }
    }

    @Test
    void badFlagsAreRefusedWithTheirName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.parse(new String[] {"--prot", "1"}));
        assertTrue(unknown.getMessage().contains("--prot"));
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.parse(new String[] {"--port", "x"}));
        assertTrue(number.getMessage().contains("--port"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorMain.parse(new String[] {"--seed"}));
        assertNotNull(SimulatorMain.parse(new String[] {"--port", "0", "--call-log-rows", "5"}));
        assertEquals(null, SimulatorMain.parse(new String[] {"--help"}));
    }
}

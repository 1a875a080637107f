package io.camel3cx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.component.ThreeCxComponent;

/**
 * The simulator as the README runs it ({@code java -jar camel-3cx-simulator-<version>-standalone.jar --https ...}),
 * in its own process, reached over HTTPS by the {@code threecx} component: with its certificate trusted through
 * {@code sslContextParameters} the routes work; without that trust the call fails naming the remedy, and nothing
 * is sent. Runs in the integration-test phase, after the jar is built.
 */
class StandaloneSimulatorHttpsIT {

    private static final Pattern LISTENING = Pattern.compile("3CX XAPI simulator (\\S+) listening at (https://\\S+)");
    private static final Pattern TRUST_STORE = Pattern.compile("(.+) \\(password (.+)\\)");

    private static Process simulator;
    private static final Map<String, String> BANNER = new ConcurrentHashMap<>();

    @BeforeAll
    static void startTheStandaloneJar() throws IOException {
        Path jar = Path.of(System.getProperty("threecx.simulator.jar", "target/it/camel-3cx-simulator-standalone.jar"));
        assertTrue(Files.isRegularFile(jar), "the standalone simulator jar is not at " + jar.toAbsolutePath()
                + " (run through 'mvn verify', which copies it there)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        simulator = new ProcessBuilder(java, "-jar", jar.toString(), "--https", "--api-version", "20.0.10",
                "--client-id", "it-client", "--client-secret", "it-secret").redirectErrorStream(true).start();
        Thread reader = new Thread(StandaloneSimulatorHttpsIT::readBanner, "standalone-simulator-output");
        reader.setDaemon(true);
        reader.start();
        Awaitility.await("the simulator's banner").atMost(Duration.ofSeconds(60))
                .until(() -> BANNER.containsKey("trust store") || !simulator.isAlive());
        assertTrue(simulator.isAlive(), "the simulator exited: " + BANNER);
    }

    @AfterAll
    static void stopIt() {
        if (simulator != null) {
            simulator.destroy();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !simulator.isAlive());
        }
    }

    @Test
    void theComponentTrustingTheSimulatorsCertificateRunsRoutesOverHttps() throws Exception {
        Matcher trust = TRUST_STORE.matcher(BANNER.get("trust store"));
        assertTrue(trust.matches(), BANNER.toString());
        try (CamelContext camel = camel()) {
            camel.getRegistry().bind("simulatorTls", TrustStores.trusting(Path.of(trust.group(1)), trust.group(2)));
            camel.start();

            Exchange status = camel.createProducerTemplate()
                    .request("threecx:systemStatus/getSystemStatus?sslContextParameters=#simulatorTls", e -> {
                    });
            assertNull(status.getException());
            assertTrue(((Map<?, ?>) status.getMessage().getBody()).get("Version").toString().startsWith("20.0.10."),
                    String.valueOf(status.getMessage().getBody()));

            Exchange users = camel.createProducerTemplate().request(
                    "threecx:users/listUser?top=3&select=Id,Number&orderBy=Number&sslContextParameters=#simulatorTls",
                    e -> {
                    });
            assertNull(users.getException());
            List<?> page = (List<?>) users.getMessage().getBody();
            assertEquals(3, page.size(), page.toString());
            assertEquals(Set.of("Id", "Number"), ((Map<?, ?>) page.get(0)).keySet(), "$select reached the simulator");
        }
    }

    @Test
    void withoutTrustTheCallFailsNamingTheRemedyAndSendsNothing() throws Exception {
        try (CamelContext camel = camel()) {
            camel.start();

            Exchange e = camel.createProducerTemplate().request("threecx:systemStatus/getSystemStatus", x -> {
            });

            ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class,
                    e.getException());
            assertEquals(0, failure.getStatusCode(), "no HTTP answer: the handshake failed");
            String message = failure.getMessage();
            assertTrue(message.contains("TLS handshake failed") && message.contains("sslContextParameters")
                       && message.contains("trust store") && message.contains("nothing was sent"), message);
            assertTrue(!message.contains("it-secret"), message);
        }
    }

    private static CamelContext camel() {
        Matcher listening = LISTENING.matcher(BANNER.get("listening"));
        assertTrue(listening.matches(), BANNER.toString());
        assertEquals("20.0.10", listening.group(1));
        ThreeCxComponent threecx = new ThreeCxComponent();
        threecx.getConfiguration().setBaseUrl(listening.group(2));
        threecx.getConfiguration().setClientId(BANNER.get("client id"));
        threecx.getConfiguration().setClientSecret(BANNER.get("client secret"));
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("threecx", threecx);
        return camel;
    }

    private static void readBanner() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(simulator.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("3CX XAPI simulator")) {
                    BANNER.put("listening", line);
                } else if (line.indexOf(": ") > 0) {
                    BANNER.put(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}

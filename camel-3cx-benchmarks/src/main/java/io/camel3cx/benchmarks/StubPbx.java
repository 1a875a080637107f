package io.camel3cx.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The PBX side of the benchmarks: a loopback server that answers at once with fixed replies, so that what is
 * measured is the client side (the component, or the hand-written baseline), not a simulator's work.
 * <ul>
 * <li>{@code POST /connect/token}: a token good for an hour.</li>
 * <li>{@code POST /xapi/v1/Users/Pbx.ReprovisionPhone}: 204.</li>
 * <li>{@code GET /xapi/v1/Users(42)}: {@link #USER} as JSON.</li>
 * </ul>
 * With recording on, it keeps each API request's method, raw path and query, and body, so a test can check that
 * the component and the baseline send the very same request.
 */
public final class StubPbx implements AutoCloseable {

    /** The user entity that {@code GET Users(42)} answers: about the size of a real one with a $select. */
    public static final String USER = "{\"@odata.context\":\"https://pbx/xapi/v1/$metadata#Users/$entity\","
            + "\"Id\":42,\"Number\":\"201\",\"FirstName\":\"Amelia\",\"LastName\":\"Hughes\","
            + "\"EmailAddress\":\"amelia.hughes@example.com\",\"Mobile\":\"+441632960001\","
            + "\"OutboundCallerID\":\"+441632960201\",\"Require2FA\":false,\"Enabled\":true,"
            + "\"Groups\":[{\"GroupId\":3,\"Name\":\"Sales\",\"Rights\":{\"RoleName\":\"users\"}}],"
            + "\"Phones\":[{\"MacAddress\":\"805ec01a2001\",\"Model\":\"Yealink T54W\"}]}";

    private static final byte[] TOKEN = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"bench-token\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] USER_BYTES = USER.getBytes(StandardCharsets.UTF_8);

    /** One API request as it arrived. */
    public record Request(String method, String rawPath, String rawQuery, String authorization, String body) {
    }

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // every answer with a body would take ~40 ms and the benchmark would measure that wait, not the client.
        // Read once, when the JDK's server is first used, so it is set before any server of this JVM starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Request> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    public StubPbx() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "stub-pbx");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:port}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts keeping API requests (tests only: a benchmark run would pile them up). */
    public void record() {
        recorded.clear();
        recording = true;
    }

    public List<Request> recorded() {
        return List.copyOf(recorded);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/connect/token") && method.equals("POST")) {
                reply(exchange, 200, TOKEN);
                return;
            }
            if (recording) {
                recorded.add(new Request(method, path, exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Authorization"), body));
            }
            if (path.equals("/xapi/v1/Users/Pbx.ReprovisionPhone") && method.equals("POST")) {
                exchange.sendResponseHeaders(204, -1);
            } else if (path.equals("/xapi/v1/Users(42)") && method.equals("GET")) {
                reply(exchange, 200, USER_BYTES);
            } else {
                reply(exchange, 404, "{\"error\":{\"code\":\"\",\"message\":\"No route\"}}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

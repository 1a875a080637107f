package io.camel3cx.component.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A stand-in PBX on a loopback port: records every request exactly as it arrived (method, raw path, raw query,
 * headers, body) and answers scripted replies. {@code POST /connect/token} issues {@code token-1},
 * {@code token-2}, ...; like a real PBX it then accepts only the latest token of the client and answers 401 to
 * older ones.
 */
public final class RecordingPbx implements AutoCloseable {

    /** One request as the server saw it. */
    public record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {

        /** The first value of a header (case-insensitive), or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().isEmpty() ? null : e.getValue().get(0);
                }
            }
            return null;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** A form body as a map (token requests). */
        public Map<String, String> form() {
            Map<String, String> out = new LinkedHashMap<>();
            for (String pair : bodyText().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return out;
        }

        @Override
        public String toString() {
            return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }

    /** A scripted answer. */
    public record Reply(int status, String contentType, String body) {

        public static Reply json(int status, String json) {
            return new Reply(status, "application/json; odata.metadata=minimal", json);
        }

        public static Reply noContent() {
            return new Reply(204, null, null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> apiRequests = new CopyOnWriteArrayList<>();
    private final List<Recorded> tokenRequests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Reply> scripted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Reply> scriptedTokenReplies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile Function<Recorded, Reply> responder = r -> Reply.noContent();
    private volatile long tokenLifetime = 3600;
    private volatile long tokenDelayMillis;
    private volatile String activeToken;

    public RecordingPbx() throws IOException {
        this(null);
    }

    /** A PBX that speaks HTTPS with this server context (plain HTTP when null). */
    public RecordingPbx(SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls != null) {
            HttpsServer https = HttpsServer.create(address, 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        } else {
            server = HttpServer.create(address, 50);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers API calls (after the scripted queue is used up). */
    public RecordingPbx respond(Function<Recorded, Reply> responder) {
        this.responder = responder;
        return this;
    }

    /** Answers the next API calls with these replies, in order. */
    public RecordingPbx enqueue(Reply... replies) {
        scripted.addAll(List.of(replies));
        return this;
    }

    /** Answers the next token requests with these replies instead of issuing tokens. */
    public RecordingPbx enqueueTokenReplies(Reply... replies) {
        scriptedTokenReplies.addAll(List.of(replies));
        return this;
    }

    /** The {@code expires_in} of issued tokens (in whatever unit the test means). */
    public RecordingPbx tokenLifetime(long expiresIn) {
        this.tokenLifetime = expiresIn;
        return this;
    }

    /** Makes the token endpoint slow, so that concurrent callers pile up behind one request. */
    public RecordingPbx tokenDelayMillis(long millis) {
        this.tokenDelayMillis = millis;
        return this;
    }

    /** Issues a token to "someone else" of the same client: the one the component holds is revoked. */
    public String revokeActiveToken() {
        String t = "token-" + issued.incrementAndGet();
        activeToken = t;
        return t;
    }

    public List<Recorded> apiRequests() {
        return List.copyOf(apiRequests);
    }

    public List<Recorded> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** The only API request; fails when there were none or several. */
    public Recorded singleApiRequest() {
        List<Recorded> all = apiRequests();
        if (all.size() != 1) {
            throw new AssertionError("Expected exactly one API request, got " + all);
        }
        return all.get(0);
    }

    public void reset() {
        apiRequests.clear();
        tokenRequests.clear();
        scripted.clear();
        scriptedTokenReplies.clear();
        responder = r -> Reply.noContent();
        tokenLifetime = 3600;
        tokenDelayMillis = 0;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
            Recorded r = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            Reply reply;
            if (r.rawPath().equals("/connect/token")) {
                tokenRequests.add(r);
                reply = token();
            } else {
                apiRequests.add(r);
                String auth = r.header("Authorization");
                if (auth == null || !auth.equals("Bearer " + activeToken)) {
                    reply = Reply.json(401, "");
                } else {
                    Reply next = scripted.poll();
                    reply = next != null ? next : responder.apply(r);
                }
            }
            send(exchange, reply);
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private Reply token() {
        if (tokenDelayMillis > 0) {
            try {
                Thread.sleep(tokenDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Reply next = scriptedTokenReplies.poll();
        if (next != null) {
            return next;
        }
        String t = "token-" + issued.incrementAndGet();
        activeToken = t;
        return Reply.json(200, "{\"access_token\":\"" + t + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + tokenLifetime + "}");
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.status() == 204 || bytes.length == 0) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package io.camel3cx.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain JDK HTTP client for tests: fetches a token and calls paths below {@code /xapi/v1}. */
public final class XapiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final ThreeCxSimulator sim;
    private final HttpClient http;
    private String token;

    public XapiClient(ThreeCxSimulator sim) {
        this.sim = sim;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (sim.isHttps()) {
            b.sslContext(sim.sslContext());
        }
        this.http = b.build();
    }

    public HttpClient http() {
        return http;
    }

    public HttpResponse<String> tokenResponse(String clientId, String secret) {
        String form = "client_id=" + enc(clientId) + "&client_secret=" + enc(secret) + "&grant_type=client_credentials";
        return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Fetches a token with the simulator's credentials and uses it from now on. */
    public String login() {
        HttpResponse<String> r = tokenResponse(sim.clientId(), sim.clientSecret());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token request answered " + r.statusCode() + ": " + r.body());
        }
        token = json(r).get("access_token").asText();
        return token;
    }

    public void useToken(String t) {
        this.token = t;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    public HttpResponse<String> post(String pathAndQuery, String body) {
        return call("POST", pathAndQuery, body);
    }

    public HttpResponse<String> patch(String pathAndQuery, String body) {
        return call("PATCH", pathAndQuery, body);
    }

    public HttpResponse<String> delete(String pathAndQuery) {
        return call("DELETE", pathAndQuery, null);
    }

    /** A call below {@code /xapi/v1}; the path is sent exactly as given (encode it yourself). */
    public HttpResponse<String> call(String method, String pathAndQuery, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/xapi/v1" + pathAndQuery))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

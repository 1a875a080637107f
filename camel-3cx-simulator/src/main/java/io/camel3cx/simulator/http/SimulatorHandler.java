package io.camel3cx.simulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.auth.TokenEndpoint;
import io.camel3cx.simulator.auth.TokenIssuer;
import io.camel3cx.simulator.faults.FaultRule;
import io.camel3cx.simulator.faults.Faults;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * The one HTTP entry point: records the request, resolves what it calls, applies any fault, checks the
 * bearer token for XAPI calls and writes the answer. Everything PBX-specific happens behind
 * {@link XapiBackend}.
 */
public final class SimulatorHandler implements HttpHandler {

    public static final String API_ROOT = "/xapi/v1";
    private static final String ODATA_JSON = "application/json; odata.metadata=minimal; odata.version=4.0";
    private static final System.Logger LOG = System.getLogger(SimulatorHandler.class.getName());

    private final RouteIndex routes;
    private final TokenEndpoint tokenEndpoint;
    private final TokenIssuer tokens;
    private final XapiBackend backend;
    private final Faults faults;
    private final RequestRecorder recorder;
    private volatile String baseUrl = "";

    public SimulatorHandler(RouteIndex routes, TokenEndpoint tokenEndpoint, TokenIssuer tokens, XapiBackend backend,
            Faults faults, RequestRecorder recorder) {
        this.routes = routes;
        this.tokenEndpoint = tokenEndpoint;
        this.tokens = tokens;
        this.backend = backend;
        this.faults = faults;
        this.recorder = recorder;
    }

    /** Set once the port is known. */
    public void baseUrl(String url) {
        this.baseUrl = url;
    }

    /** What a request will do once faults are settled. */
    private record Plan(String faultKey, boolean xapiCall, Supplier<XapiResponse> action) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        IncomingRequest in = read(exchange);
        try {
            Plan plan = plan(in);
            Optional<FaultRule> fault = faults.claim(plan.faultKey(), plan.xapiCall());
            if (fault.isPresent()) {
                FaultRule rule = fault.get();
                if (!rule.latencyDelay().isZero()) {
                    Thread.sleep(rule.latencyDelay().toMillis());
                }
                if (rule.resetsConnection()) {
                    record(in, RecordedRequest.NO_RESPONSE);
                    exchange.close();
                    return;
                }
                if (rule.statusCode() > 0) {
                    XapiResponse r = XapiResponse.json(rule.statusCode(), new ODataErrorException(rule.statusCode(), "",
                            "Simulated fault: HTTP " + rule.statusCode(), List.of()).toJson());
                    if (rule.retryAfterSeconds() != null) {
                        r.header("Retry-After", String.valueOf(rule.retryAfterSeconds()));
                    }
                    write(exchange, in, r, rule.breaksJson());
                    return;
                }
            }
            XapiResponse response = answer(plan);
            write(exchange, in, response, fault.map(FaultRule::breaksJson).orElse(false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever went wrong, the client gets an answer: a request left hanging reads as a network fault.
            LOG.log(System.Logger.Level.WARNING, "Simulator failure on " + in.method() + " " + in.rawPath(), e);
            write(exchange, in, XapiResponse.json(500, new ODataErrorException(500, "",
                    "Simulator failure: " + e, List.of()).toJson()), false);
        }
    }

    private XapiResponse answer(Plan plan) {
        try {
            return plan.action().get();
        } catch (RouteIndex.MethodNotAllowedException e) {
            return XapiResponse.json(e.status(), e.toJson()).header("Allow", String.join(", ", e.allowed()));
        } catch (ODataErrorException e) {
            return XapiResponse.json(e.status(), e.toJson());
        }
    }

    private Plan plan(IncomingRequest in) {
        String path = in.rawPath();
        if (path.equals(TokenEndpoint.PATH)) {
            return new Plan(Faults.TOKEN_ENDPOINT, false, () -> tokenEndpoint.handle(in));
        }
        if (path.equals(API_ROOT) || path.startsWith(API_ROOT + "/")) {
            RouteMatch match = null;
            ODataErrorException routeError = null;
            try {
                String below = path.substring(API_ROOT.length());
                match = routes.match(in.method(), RequestSegment.parsePath(PercentDecoding.path(below)));
            } catch (ODataErrorException e) {
                routeError = e;
            }
            RouteMatch routed = match;
            ODataErrorException refused = routeError;
            return new Plan(routed == null ? null : routed.operation().key(), true, () -> {
                authorize(in);
                if (refused != null) {
                    throw refused;
                }
                Map<String, String> query = XapiRequest.parseQuery(in.rawQuery());
                return backend.handle(new XapiRequest(routed, query, in.headers(), in.body(), baseUrl));
            });
        }
        return new Plan(null, false, () -> {
            throw ODataErrorException.notFound("Nothing at " + path + "; the XAPI is under " + API_ROOT
                    + " and tokens come from POST " + TokenEndpoint.PATH);
        });
    }

    private void authorize(IncomingRequest in) {
        String header = in.header("authorization");
        String problem;
        if (header == null) {
            problem = "No Authorization header; send 'Authorization: Bearer <access_token>' from POST "
                    + TokenEndpoint.PATH;
        } else if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            problem = "The Authorization header is not a Bearer token";
        } else if (!tokens.isValid(header.substring(7).trim())) {
            problem = "The access token is invalid, expired or revoked; fetch a new one from POST " + TokenEndpoint.PATH;
        } else {
            return;
        }
        throw new UnauthorizedException(problem);
    }

    /** 401 with {@code WWW-Authenticate}, as a bearer-protected API answers. */
    private static final class UnauthorizedException extends ODataErrorException {
        UnauthorizedException(String message) {
            super(401, "Unauthorized", message, List.of());
        }
    }

    private void write(HttpExchange exchange, IncomingRequest in, XapiResponse response, boolean breakJson)
            throws IOException {
        int status = response.status();
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (status == 401 && in.rawPath().startsWith(API_ROOT)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        boolean token = in.rawPath().equals(TokenEndpoint.PATH);
        try {
            if (breakJson) {
                byte[] full = response.json() != null ? Json.MAPPER.writeValueAsBytes(response.json())
                        : "{\"value\":[{\"Id\":1}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                // Any proper prefix of a JSON object is incomplete, hence unparsable.
                byte[] broken = Arrays.copyOf(full, Math.max(1, full.length / 2));
                int brokenStatus = status == 204 ? 200 : status;
                exchange.getResponseHeaders().set("Content-Type", token ? "application/json" : ODATA_JSON);
                record(in, brokenStatus);
                exchange.sendResponseHeaders(brokenStatus, broken.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(broken);
                }
            } else if (response.json() != null) {
                byte[] bytes = Json.MAPPER.writeValueAsBytes(response.json());
                exchange.getResponseHeaders().set("Content-Type", token ? "application/json" : ODATA_JSON);
                record(in, status);
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } else if (response.streaming() != null) {
                exchange.getResponseHeaders().set("Content-Type", ODATA_JSON);
                record(in, status);
                exchange.sendResponseHeaders(status, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    response.streaming().writeTo(out);
                }
            } else {
                record(in, status);
                exchange.sendResponseHeaders(status, -1);
            }
        } finally {
            exchange.close();
        }
    }

    private void record(IncomingRequest in, int status) {
        recorder.record(new RecordedRequest(in.method(), in.rawPath(), in.rawQuery(), in.headers(), in.bodyText(), status));
    }

    private static IncomingRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return new IncomingRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                java.util.Collections.unmodifiableMap(headers), body);
    }

}

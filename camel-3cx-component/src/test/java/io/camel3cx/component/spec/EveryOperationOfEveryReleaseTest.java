package io.camel3cx.component.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.camel3cx.catalog.BodyKind;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.XapiCatalog;
import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxConstants;
import io.camel3cx.component.support.RecordingPbx;
import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.RecordingPbx.Reply;

/**
 * Calls every operation of every bundled release through its {@code threecx:} URI, with sample values for its
 * required options (and the common OData query options), and validates the request the stub PBX received
 * against that release's official OpenAPI description: method, path (with its OData literals), query, headers
 * and body.
 */
class EveryOperationOfEveryReleaseTest {

    private static final int EXPECTED_TOTAL = 3388;
    private static final Map<String, Integer> EXPECTED_PER_RELEASE = Map.of("20.0.10", 601, "20.0.7", 548);

    private static Path specDir;
    private static RecordingPbx pbx;
    private static CamelContext context;
    private static ProducerTemplate template;
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final Map<String, SpecSamples> SAMPLES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> VALIDATED = new TreeMap<>();

    static Stream<Arguments> everyOperation() {
        XapiCatalog catalog = XapiCatalog.bundled();
        List<Arguments> all = new ArrayList<>();
        for (String release : catalog.releases()) {
            for (Operation op : catalog.release(release).operations()) {
                all.add(Arguments.of(release, op.key()));
            }
        }
        return all.stream();
    }

    @BeforeAll
    static void start() throws Exception {
        specDir = SpecFolder.find();
        if (specDir == null) {
            return;
        }
        pbx = new RecordingPbx();
        context = new DefaultCamelContext();
        ThreeCxComponent component = new ThreeCxComponent();
        component.getConfiguration().setBaseUrl(pbx.baseUrl());
        component.getConfiguration().setClientId("spec-check");
        component.getConfiguration().setClientSecret("spec-check-secret");
        context.addComponent("threecx", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterAll
    static void stopAndCount() {
        if (context != null) {
            context.stop();
        }
        if (pbx != null) {
            pbx.close();
        }
        if (specDir == null) {
            return;
        }
        int total = VALIDATED.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.println("Requests validated against the official descriptions: " + VALIDATED + ", total " + total);
        // Only meaningful when the whole class ran (not a filtered run of single cases).
        if (total > 1000) {
            assertEquals(EXPECTED_TOTAL, total, "operations validated over all releases");
            EXPECTED_PER_RELEASE.forEach((release, count) ->
                    assertEquals(count, VALIDATED.get(release).get(), "operations validated for " + release));
        }
    }

    @BeforeEach
    void skipWithoutSpecs() {
        SpecFolder.folderOrSkip();
        pbx.reset();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyOperation")
    void requestMatchesTheOfficialDescription(String release, String key) throws Exception {
        Operation op = XapiCatalog.bundled().release(release).resolve(key.split("/")[0], key.split("/")[1]);
        SpecSamples samples = SAMPLES.computeIfAbsent(release, r -> {
            try {
                return SpecSamples.load(SpecFolder.specFile(specDir, r));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        StringBuilder uri = new StringBuilder("threecx:").append(key).append("?apiVersion=").append(release);
        Map<String, Object> headers = new LinkedHashMap<>();
        List<OperationParameter> options = op.options();
        for (OperationParameter p : options) {
            boolean shadowed = p.location() == ParameterLocation.QUERY && options.stream()
                    .anyMatch(o -> o != p && o.name().equalsIgnoreCase(p.name()) && o.location() != ParameterLocation.QUERY);
            String name = shadowed ? p.specName() : p.name();
            Object value = sampleFor(op, p, samples);
            if (value == null) {
                continue;
            }
            if (value instanceof JsonNode json && json.isContainerNode()) {
                // JSON objects and arrays travel in headers; scalars in the URI
                headers.put(ThreeCxConstants.optionHeader(name), json.toString());
            } else {
                String text = value instanceof JsonNode json ? json.asText() : value.toString();
                uri.append('&').append(name).append("=RAW(").append(text).append(')');
            }
        }
        Object body = null;
        if (op.body() != null && op.body().kind() == BodyKind.ENTITY) {
            body = samples.entityBody(op).toString();
        }
        pbx.respond(r -> replyFor(op));

        Endpoint endpoint = context.getEndpoint(uri.toString());
        try {
            Object requestBody = body;
            Exchange result = template.request(endpoint, e -> {
                e.getIn().setBody(requestBody);
                e.getIn().getHeaders().putAll(headers);
            });
            if (result.getException() != null) {
                throw new AssertionError(uri + " failed", result.getException());
            }
            assertMappedResponse(op, result.getMessage().getBody());
        } finally {
            context.removeEndpoint(endpoint);
        }

        Recorded r = pbx.singleApiRequest();
        assertEquals(op.method(), r.method());
        assertTrue(r.rawPath().startsWith("/xapi/v1/"), r.rawPath());
        if (Set.of("GET", "DELETE").contains(op.method())) {
            assertEquals(0, r.body().length, "GET/DELETE carry no body");
        }
        ValidationReport report = validator(release).validateRequest(toValidatorRequest(r));
        if (report.hasErrors()) {
            fail(r + " body=" + r.bodyText() + " does not match " + op.method() + " " + op.path() + " of " + release
                    + ":\n" + report.getMessages());
        }
        synchronized (VALIDATED) {
            VALIDATED.computeIfAbsent(release, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** A value for each required option, and for the OData query options that take a sample well. */
    private static Object sampleFor(Operation op, OperationParameter p, SpecSamples samples) {
        switch (p.location()) {
            case PATH:
                return p.required() ? samples.parameter(op, p.specName()) : null;
            case BODY:
                return p.required() ? samples.bodyProperty(op, p.specName()) : null;
            case HEADER:
                return p.specName().equals("If-Match") ? "*" : null;
            case QUERY:
            default:
                return switch (p.specName()) {
                    case "$top" -> 5;
                    case "$skip" -> 10;
                    case "$count" -> true;
                    case "$filter" -> "Name eq 'O''Neil & Sons'";
                    case "$search" -> "a b";
                    case "$select", "$orderby", "$expand" -> {
                        JsonNode first = samples.firstEnumItem(op, p.specName());
                        yield first == null ? null : first.asText();
                    }
                    default -> p.required() ? samples.parameter(op, p.specName()) : null;
                };
        }
    }

    private static Reply replyFor(Operation op) {
        ResponseKind kind = op.response().kind();
        int status = op.response().status();
        return switch (kind) {
            case COLLECTION -> Reply.json(status, "{\"@odata.count\":0,\"value\":[]}");
            case ENTITY -> Reply.json(status, "{}");
            case VALUE -> Reply.json(status, "{\"value\":null}");
            case NONE -> status == 204 ? Reply.noContent() : new Reply(status, null, null);
        };
    }

    private static void assertMappedResponse(Operation op, Object body) {
        switch (op.response().kind()) {
            case COLLECTION -> assertEquals(List.of(), body);
            case ENTITY -> assertEquals(Map.of(), body);
            case VALUE, NONE -> assertNull(body);
        }
    }

    private static SimpleRequest toValidatorRequest(Recorded r) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.method(), r.rawPath());
        r.headers().forEach((name, values) -> b.withHeader(name, values));
        if (r.body().length > 0) {
            b.withBody(r.bodyText());
        }
        if (r.rawQuery() != null) {
            for (String pair : r.rawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(pair.substring(0, eq));
                b.withQueryParam(name, decode(pair.substring(eq + 1)));
            }
        }
        return b.build();
    }

    /** Percent-decoding only: a '+' in the query is data, never a space. */
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static OpenApiInteractionValidator validator(String release) {
        return VALIDATORS.computeIfAbsent(release, r -> OpenApiInteractionValidator
                .createForSpecificationUrl(SpecFolder.specFile(specDir, r).toUri().toString())
                .withBasePathOverride("/xapi/v1")
                .withStrictOperationPathMatching()
                .withLevelResolver(LevelResolver.create()
                        // Responses are the stub's; only requests are under test.
                        .withLevel("validation.response", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}

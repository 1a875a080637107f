package io.camel3cx.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.catalog.Operation;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * An XAPI call resolved to its operation: what the backend needs to answer it.
 *
 * @param route    the operation and its parsed path values
 * @param query    the decoded query parameters (each given once)
 * @param headers  request headers, names lower-cased
 * @param body     the raw request body (empty when none)
 * @param baseUrl  {@code http(s)://host:port}, for {@code @odata.context}
 */
public record XapiRequest(RouteMatch route, Map<String, String> query, Map<String, List<String>> headers, byte[] body,
        String baseUrl) {

    public Operation operation() {
        return route.operation();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON; a missing or malformed body is a 400 naming the operation. */
    public JsonNode jsonBody() {
        if (body.length == 0) {
            throw ODataErrorException.badRequest(operation().key() + " needs a JSON request body");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ODataErrorException.badRequest("The request body of " + operation().key() + " is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ODataErrorException.badRequest("The request body of " + operation().key() + " cannot be read");
        }
    }

    /** Parses a raw query string; a parameter given twice is ambiguous and refused. */
    public static Map<String, String> parseQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentDecoding.query(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : PercentDecoding.query(pair.substring(eq + 1));
            if (out.put(name, value) != null) {
                throw ODataErrorException.badRequest("The query option '" + name + "' is given more than once");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}

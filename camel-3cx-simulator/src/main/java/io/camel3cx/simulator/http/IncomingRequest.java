package io.camel3cx.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as it arrived, before any interpretation.
 *
 * @param method   HTTP method
 * @param rawPath  the path as sent, not decoded
 * @param rawQuery the query as sent, or null
 * @param headers  headers, names lower-cased
 * @param body     the body bytes (empty when none)
 */
public record IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
        byte[] body) {

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

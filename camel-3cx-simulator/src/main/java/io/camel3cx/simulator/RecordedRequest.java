package io.camel3cx.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request the simulator received, as it came over the wire, and the status it answered.
 *
 * @param method  HTTP method
 * @param path    the raw path, exactly as sent (not percent-decoded), e.g. {@code /xapi/v1/Users(42)}
 * @param rawQuery the raw query string without {@code ?}, or null
 * @param headers request headers, names lower-cased
 * @param body    the request body as UTF-8 text (empty when none)
 * @param status  the status answered; {@link #NO_RESPONSE} when a fault dropped the connection
 */
public record RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
        String body, int status) {

    /** The status of a request whose connection was closed without an answer. */
    public static final int NO_RESPONSE = -1;

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Path and query as sent: {@code /xapi/v1/Users?$top=1}. */
    public String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }

    /** Method, path, query and status only: headers and body may carry credentials. */
    @Override
    public String toString() {
        return method + " " + pathAndQuery() + " -> " + (status == NO_RESPONSE ? "no response" : status);
    }
}

package io.camel3cx.http;

import java.util.Map;

/**
 * One XAPI call as it goes on the wire, ready to be sent (and, after a rejected token, sent again).
 *
 * @param method  HTTP method, upper case
 * @param path    the encoded path below the API root ({@code /Users(42)})
 * @param query   the encoded query string without {@code ?}, or null
 * @param headers request headers other than authorization and content negotiation ({@code If-Match})
 * @param body    the JSON body, or null for none
 */
public record PbxRequest(String method, String path, String query, Map<String, String> headers, byte[] body) {

    public PbxRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** Path and query as they follow the API root. */
    public String pathAndQuery() {
        return query == null ? path : path + "?" + query;
    }

    /** Method, path and query (shortened past {@link Abbreviation#PATH}): what messages and logs may show. */
    @Override
    public String toString() {
        return method + " " + Abbreviation.of(pathAndQuery(), Abbreviation.PATH);
    }
}

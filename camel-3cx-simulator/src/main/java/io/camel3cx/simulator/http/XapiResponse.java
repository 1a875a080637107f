package io.camel3cx.simulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What the simulator answers: a status, headers, and a JSON body, a streamed body or none. */
public final class XapiResponse {

    /** A body written straight to the connection, for answers too large to hold (a long call log). */
    @FunctionalInterface
    public interface StreamingBody {
        void writeTo(OutputStream out) throws IOException;
    }

    private final int status;
    private final JsonNode json;
    private final StreamingBody streaming;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private XapiResponse(int status, JsonNode json, StreamingBody streaming) {
        this.status = status;
        this.json = json;
        this.streaming = streaming;
    }

    public static XapiResponse json(int status, JsonNode body) {
        return new XapiResponse(status, body, null);
    }

    public static XapiResponse ok(JsonNode body) {
        return json(200, body);
    }

    public static XapiResponse noContent() {
        return new XapiResponse(204, null, null);
    }

    public static XapiResponse streaming(int status, StreamingBody body) {
        return new XapiResponse(status, null, body);
    }

    public XapiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    /** The JSON body, or null when there is none or it is streamed. */
    public JsonNode json() {
        return json;
    }

    public StreamingBody streaming() {
        return streaming;
    }

    public boolean hasBody() {
        return json != null || streaming != null;
    }

    public Map<String, String> headers() {
        return headers;
    }
}

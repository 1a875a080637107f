package io.camel3cx.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An OData error body: {@code {"error":{"code":"...","message":"...","details":[{"code","message","target"}]}}}.
 *
 * @param code    the error code, or null
 * @param message the error message, or null
 * @param target  what the error is about, or null
 * @param details the detail entries, possibly empty
 */
public record ODataError(String code, String message, String target, List<Detail> details) {

    /** One entry of {@code details}, typically one invalid property. */
    public record Detail(String code, String message, String target) {
    }

    public ODataError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** The error in a response body, or null when the body is not an OData error. */
    public static ODataError parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        JsonNode root;
        try {
            root = XapiJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
        if (root == null || !root.path("error").isObject()) {
            return null;
        }
        JsonNode error = root.get("error");
        List<Detail> details = new ArrayList<>();
        for (JsonNode d : error.path("details")) {
            details.add(new Detail(text(d, "code"), text(d, "message"), text(d, "target")));
        }
        return new ODataError(text(error, "code"), text(error, "message"), text(error, "target"), details);
    }

    /**
     * Message and details on one line, for exception texts: {@code mac: WARNINGS.XAPI.INVALID_MAC}. 3CX leaves the
     * code empty and writes the message as {@code "<target>:\n<warning>"}, repeating its one detail: an empty code
     * is left out, white space runs become one space, and a detail the message already states is not repeated.
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        if (code != null && !code.isBlank()) {
            out.append('[').append(oneLine(code)).append("] ");
        }
        String said = message == null || message.isBlank() ? null : oneLine(message);
        out.append(said == null ? "(no message)" : said);
        for (Detail d : details) {
            String text = d.message() == null || d.message().isBlank() ? d.code() : d.message();
            String line = (d.target() == null || d.target().isBlank() ? "" : oneLine(d.target()) + ": ")
                          + (text == null ? "" : oneLine(text));
            if (!line.isBlank() && (said == null || !said.contains(line))) {
                out.append("; ").append(line);
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

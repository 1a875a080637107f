package io.camel3cx.component;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.apache.camel.Message;

import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.ResponseSpec;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.http.ODataError;
import io.camel3cx.http.PbxRequest;
import io.camel3cx.http.PbxResponse;
import io.camel3cx.http.XapiJson;

/**
 * Puts an answer on the message. Success: an entity becomes a {@code Map}, a collection the {@code List} of its
 * {@code value} items (and {@code @odata.count} the {@link ThreeCxConstants#ODATA_COUNT} header), a value wrapper
 * its value, no content (204) {@code null}; with {@code raw} the JSON text as returned. A body that is not JSON
 * (file downloads) stays {@code byte[]}. A success that cannot be a result (JSON that does not parse, an empty 200
 * where JSON is declared, an HTML page) is a {@link ThreeCxException}, whatever {@code throwExceptionOnFailure}
 * says: it is not the PBX's refusal but an answer the route must not mistake for data. Failure: a
 * {@link ThreeCxException}, or with {@code throwExceptionOnFailure=false} the parsed error as body plus error
 * headers.
 */
final class ResponseMapper {

    /** The schema the spec gives actions that answer "anything": files, or nothing at all. */
    private static final String ACTION_RESULT = "Pbx.IActionResult";

    private final OperationBinding binding;
    private final ResponseKind kind;
    private final boolean raw;
    private final boolean throwExceptionOnFailure;
    /** What the operation answers, for messages: {@code Pbx.User}, {@code a collection of Pbx.User}; null if none. */
    private final String declared;

    ResponseMapper(OperationBinding binding, boolean raw, boolean throwExceptionOnFailure) {
        this.binding = binding;
        ResponseSpec spec = binding.operation().response();
        this.kind = spec == null ? ResponseKind.NONE : spec.kind();
        this.raw = raw;
        this.throwExceptionOnFailure = throwExceptionOnFailure;
        this.declared = requiresContent(spec) ? describe(spec) : null;
    }

    /**
     * Whether a 200 must carry a body: the operation declares JSON content that cannot be null. Not for
     * {@value #ACTION_RESULT}, the spec's name for "whatever the action returns" (a file, or nothing).
     */
    private static boolean requiresContent(ResponseSpec spec) {
        return spec != null && spec.kind() != ResponseKind.NONE && spec.shape() != null && !spec.shape().nullable()
                && !ACTION_RESULT.equals(spec.shape().ref());
    }

    private static String describe(ResponseSpec spec) {
        SchemaShape shape = spec.shape();
        String name = shape.ref() != null ? shape.ref() : shape.type();
        return spec.kind() == ResponseKind.COLLECTION ? "a collection of " + name : name;
    }

    void apply(PbxRequest request, PbxResponse response, Message out) throws ThreeCxException {
        map(request, response, out);
    }

    /**
     * Like {@link #apply}, for one page of a {@code pageSize} call: a success must carry the collection (a
     * {@code value} array), else it is a {@link ThreeCxException}; null for a failure left on the message
     * ({@code throwExceptionOnFailure=false}).
     */
    PagedItems.Page page(PbxRequest request, PbxResponse response, Message out) throws ThreeCxException {
        Object parsed = map(request, response, out);
        if (!response.isSuccess()) {
            return null;
        }
        if (parsed instanceof Map<?, ?> map && map.get("value") instanceof List<?> items) {
            return new PagedItems.Page(items, map.get("@odata.nextLink") != null);
        }
        throw unusable(request, response, "without the collection (a \"value\" array) that "
                + binding.operationKey() + " answers, so its items cannot be paged");
    }

    /** Puts the answer on the message; answers the parsed JSON of a success, or null. */
    private Object map(PbxRequest request, PbxResponse response, Message out) throws ThreeCxException {
        // One exchange can pass several threecx steps: what an earlier call left must not read as this one's.
        out.removeHeader(ThreeCxConstants.ODATA_COUNT);
        out.removeHeader(ThreeCxConstants.ERROR_CODE);
        out.removeHeader(ThreeCxConstants.ERROR_MESSAGE);
        out.removeHeader(ThreeCxConstants.RETRY_AFTER);
        out.setHeader(ThreeCxConstants.RESPONSE_CODE, response.status());
        out.setHeader(ThreeCxConstants.OPERATION, binding.operationKey());
        out.setHeader(ThreeCxConstants.API_VERSION, binding.apiVersion());
        if (!response.isSuccess()) {
            failure(request, response, out);
            return null;
        }
        if (!response.hasBody()) {
            // 204 says "no content" on purpose (OData's answer for a null result); an empty 200 where JSON is
            // declared is a cut-off answer or something other than the PBX answering.
            if (response.status() != 204 && declared != null) {
                throw unusable(request, response, "without a body, where " + binding.operationKey() + " answers "
                        + declared);
            }
            out.setBody(null);
            return null;
        }
        if (!response.isJson()) {
            if (response.isHtml()) {
                // Files stay bytes, but no XAPI operation answers a web page: a login page, proxy or web client did.
                throw unusable(request, response, "with an HTML page (" + response.contentType() + "), which is no"
                        + " XAPI answer; check that baseUrl is the PBX's root URL and that no proxy or login page"
                        + " answers in its place");
            }
            out.setBody(response.body());
            return null;
        }
        if (raw) {
            Long count = checkRaw(request, response);
            if (count != null && kind == ResponseKind.COLLECTION) {
                out.setHeader(ThreeCxConstants.ODATA_COUNT, count);
            }
            out.setBody(response.bodyText());
            return null;
        }
        Object parsed = parse(request, response);
        if (!(parsed instanceof Map<?, ?> map)) {
            out.setBody(parsed);
            return parsed;
        }
        switch (kind) {
            case COLLECTION -> {
                Object count = map.get("@odata.count");
                if (count instanceof Number n) {
                    out.setHeader(ThreeCxConstants.ODATA_COUNT, n.longValue());
                }
                out.setBody(map.containsKey("value") ? map.get("value") : map);
            }
            case VALUE -> out.setBody(map.containsKey("value") ? map.get("value") : map);
            default -> out.setBody(map);
        }
        return map;
    }

    private void failure(PbxRequest request, PbxResponse response, Message out) throws ThreeCxException {
        ODataError error = ODataError.parse(response.body());
        String text = response.bodyText();
        if (throwExceptionOnFailure) {
            throw new ThreeCxException(
                    ThreeCxException.describe(response.status(), binding.operationKey(), request.method(),
                            request.pathAndQuery(), error, text, response.retryAfter()),
                    response.status(), binding.operationKey(), request.method(), request.pathAndQuery(), error, text,
                    response.retryAfter());
        }
        Object body = text.isEmpty() ? null : text;
        if (response.isJson() && !raw) {
            try {
                body = XapiJson.MAPPER.readValue(response.body(), Object.class);
            } catch (IOException e) {
                // keep the text
            }
        }
        out.setBody(body);
        out.setHeader(ThreeCxConstants.ERROR_CODE, error == null ? null : error.code());
        out.setHeader(ThreeCxConstants.ERROR_MESSAGE, error == null ? null : error.message());
        out.setHeader(ThreeCxConstants.RETRY_AFTER, response.retryAfter());
    }

    /**
     * A raw answer is passed on as text, but only if it is whole JSON: a cut-off answer is no result in either
     * mode. One streaming pass, building nothing, checks it and picks up a top-level {@code @odata.count}.
     */
    private Long checkRaw(PbxRequest request, PbxResponse response) throws ThreeCxException {
        Long count = null;
        try (JsonParser json = XapiJson.MAPPER.getFactory().createParser(response.body())) {
            JsonToken first = json.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = json.nextToken();
                    if ("@odata.count".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                        count = json.getLongValue();
                    } else {
                        json.skipChildren();
                    }
                }
            } else {
                json.skipChildren();
            }
            if (json.nextToken() != null) {
                throw new JsonParseException(json, "text after the JSON value");
            }
        } catch (IOException e) {
            throw unusable(request, response, "with a body that is not valid JSON: " + firstLine(e.getMessage()));
        }
        return count;
    }

    private Object parse(PbxRequest request, PbxResponse response) throws ThreeCxException {
        try {
            return XapiJson.MAPPER.readValue(response.body(), Object.class);
        } catch (IOException e) {
            throw unusable(request, response, "with a body that is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** A success status whose answer cannot be used: the route must not take it for a result. */
    private ThreeCxException unusable(PbxRequest request, PbxResponse response, String what) {
        return new ThreeCxException("3CX " + binding.operationKey() + ": " + request + " answered HTTP "
                + response.status() + " " + what, response.status(), binding.operationKey(), request.method(),
                request.pathAndQuery(), null, response.bodyText());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}

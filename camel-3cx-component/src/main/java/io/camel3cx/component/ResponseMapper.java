package io.camel3cx.component;

import java.io.IOException;
import java.util.Map;

import org.apache.camel.Message;

import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.http.ODataError;
import io.camel3cx.http.PbxRequest;
import io.camel3cx.http.PbxResponse;
import io.camel3cx.http.XapiJson;

/**
 * Puts an answer on the message. Success: an entity becomes a {@code Map}, a collection the {@code List} of its
 * {@code value} items (and {@code @odata.count} the {@link ThreeCxConstants#ODATA_COUNT} header), a value wrapper
 * its value, no content {@code null}; with {@code raw} the JSON text as returned. A body that is not JSON (file
 * downloads) stays {@code byte[]}. Failure: a {@link ThreeCxException}, or with
 * {@code throwExceptionOnFailure=false} the parsed error as body plus error headers.
 */
final class ResponseMapper {

    private final OperationBinding binding;
    private final ResponseKind kind;
    private final boolean raw;
    private final boolean throwExceptionOnFailure;

    ResponseMapper(OperationBinding binding, boolean raw, boolean throwExceptionOnFailure) {
        this.binding = binding;
        this.kind = binding.operation().response() == null ? ResponseKind.NONE : binding.operation().response().kind();
        this.raw = raw;
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    void apply(PbxRequest request, PbxResponse response, Message out) throws ThreeCxException {
        out.setHeader(ThreeCxConstants.RESPONSE_CODE, response.status());
        out.setHeader(ThreeCxConstants.OPERATION, binding.operationKey());
        out.setHeader(ThreeCxConstants.API_VERSION, binding.apiVersion());
        if (!response.isSuccess()) {
            failure(request, response, out);
            return;
        }
        out.removeHeader(ThreeCxConstants.ODATA_COUNT);
        if (!response.hasBody()) {
            out.setBody(null);
            return;
        }
        if (!response.isJson()) {
            out.setBody(response.body());
            return;
        }
        if (raw) {
            out.setBody(response.bodyText());
            return;
        }
        Object parsed = parse(request, response);
        if (!(parsed instanceof Map<?, ?> map)) {
            out.setBody(parsed);
            return;
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
    }

    private void failure(PbxRequest request, PbxResponse response, Message out) throws ThreeCxException {
        ODataError error = ODataError.parse(response.body());
        String text = response.bodyText();
        if (throwExceptionOnFailure) {
            throw new ThreeCxException(
                    ThreeCxException.describe(response.status(), binding.operationKey(), request.method(),
                            request.pathAndQuery(), error, text),
                    response.status(), binding.operationKey(), request.method(), request.pathAndQuery(), error, text);
        }
        Object body = text.isEmpty() ? null : text;
        if (response.isJson()) {
            try {
                body = XapiJson.MAPPER.readValue(response.body(), Object.class);
            } catch (IOException e) {
                // keep the text
            }
        }
        out.setBody(body);
        out.setHeader(ThreeCxConstants.ERROR_CODE, error == null ? null : error.code());
        out.setHeader(ThreeCxConstants.ERROR_MESSAGE, error == null ? null : error.message());
    }

    private Object parse(PbxRequest request, PbxResponse response) throws ThreeCxException {
        try {
            return XapiJson.MAPPER.readValue(response.body(), Object.class);
        } catch (IOException e) {
            String text = response.bodyText();
            throw new ThreeCxException("3CX " + binding.operationKey() + ": " + request + " answered HTTP "
                    + response.status() + " with a body that is not valid JSON: " + firstLine(e.getMessage()),
                    response.status(), binding.operationKey(), request.method(), request.pathAndQuery(), null, text);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}

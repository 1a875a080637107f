package io.camel3cx.component;

import java.util.List;

import org.apache.camel.CamelException;

import io.camel3cx.http.ODataError;

/**
 * The PBX answered an XAPI call with a non-2xx status. Carries what is needed to act on it: the status, the call
 * (operation, method, path; never the token), the OData error's code, message and details, and the response
 * text.
 */
public class ThreeCxException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String operationKey;
    private final String method;
    private final String path;
    private final String errorCode;
    private final String errorMessage;
    private final List<ODataError.Detail> details;
    private final String responseBody;

    public ThreeCxException(String message, int statusCode, String operationKey, String method, String path,
            ODataError error, String responseBody) {
        super(message);
        this.statusCode = statusCode;
        this.operationKey = operationKey;
        this.method = method;
        this.path = path;
        this.errorCode = error == null ? null : error.code();
        this.errorMessage = error == null ? null : error.message();
        this.details = error == null ? List.of() : error.details();
        this.responseBody = responseBody;
    }

    /** The standard message: {@code 3CX users/getUser failed: GET /Users(42) answered 404: [NotFound] ...}. */
    static String describe(int status, String operationKey, String method, String path, ODataError error,
            String responseBody) {
        StringBuilder out = new StringBuilder("3CX ").append(operationKey).append(" failed: ")
                .append(method).append(' ').append(path).append(" answered HTTP ").append(status);
        if (error != null) {
            out.append(": ").append(error.summary());
        } else if (responseBody != null && !responseBody.isBlank()) {
            String text = responseBody.strip();
            out.append(": ").append(text.length() > 300 ? text.substring(0, 297) + "..." : text);
        }
        return out.toString();
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** {@code resource/operation}. */
    public String getOperationKey() {
        return operationKey;
    }

    public String getMethod() {
        return method;
    }

    /** Path and query below {@code /xapi/v1}. */
    public String getPath() {
        return path;
    }

    /** The OData error code, or null when the body was not an OData error. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The OData error message, or null. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** The OData error details (code, message, target), possibly empty. */
    public List<ODataError.Detail> getDetails() {
        return details;
    }

    /** The response body as text, possibly empty. */
    public String getResponseBody() {
        return responseBody;
    }
}

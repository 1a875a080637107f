package io.camel3cx.component;

import java.util.List;

import org.apache.camel.CamelException;

import io.camel3cx.http.Abbreviation;
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
    private final String retryAfter;

    public ThreeCxException(String message, int statusCode, String operationKey, String method, String path,
            ODataError error, String responseBody) {
        this(message, statusCode, operationKey, method, path, error, responseBody, null);
    }

    public ThreeCxException(String message, int statusCode, String operationKey, String method, String path,
            ODataError error, String responseBody, String retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
        this.statusCode = statusCode;
        this.operationKey = operationKey;
        this.method = method;
        this.path = path;
        this.errorCode = error == null ? null : error.code();
        this.errorMessage = error == null ? null : error.message();
        this.details = error == null ? List.of() : error.details();
        this.responseBody = responseBody;
    }

    /**
     * The standard message: {@code 3CX users/getUser failed: GET /Users(42) answered HTTP 404: No user 42}, with
     * the PBX's {@code Retry-After} when it sent one; a long path or body is shortened.
     */
    static String describe(int status, String operationKey, String method, String path, ODataError error,
            String responseBody, String retryAfter) {
        StringBuilder out = new StringBuilder("3CX ").append(operationKey).append(" failed: ")
                .append(method).append(' ').append(Abbreviation.of(path, Abbreviation.PATH)).append(" answered HTTP ")
                .append(status);
        if (retryAfter != null) {
            out.append(" (Retry-After: ").append(Abbreviation.of(retryAfter, 40)).append(')');
        }
        if (error != null) {
            out.append(": ").append(Abbreviation.of(error.summary(), Abbreviation.BODY));
        } else if (responseBody != null && !responseBody.isBlank()) {
            out.append(": ").append(Abbreviation.of(responseBody.strip(), Abbreviation.BODY));
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

    /**
     * The PBX's {@code Retry-After} (seconds, or an HTTP date) of a 429 or 503, as sent, or null: when a
     * redelivery may try again.
     */
    public String getRetryAfter() {
        return retryAfter;
    }

    /** The response body as text, possibly empty. */
    public String getResponseBody() {
        return responseBody;
    }
}

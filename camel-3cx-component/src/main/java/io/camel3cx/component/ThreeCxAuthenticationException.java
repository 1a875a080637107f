package io.camel3cx.component;

import org.apache.camel.CamelException;

/**
 * The PBX refused to issue an access token (or could not be asked). Carries the token endpoint's HTTP status and
 * its OAuth {@code error} / {@code error_description}, the client id and base URL; never the client secret.
 */
public class ThreeCxAuthenticationException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String error;
    private final String errorDescription;
    private final String baseUrl;
    private final String clientId;

    public ThreeCxAuthenticationException(String baseUrl, String clientId, int statusCode, String error,
            String errorDescription, Throwable cause) {
        super(describe(baseUrl, clientId, statusCode, error, errorDescription, cause), cause);
        this.statusCode = statusCode;
        this.error = error;
        this.errorDescription = errorDescription;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
    }

    private static String describe(String baseUrl, String clientId, int status, String error, String description,
            Throwable cause) {
        StringBuilder out = new StringBuilder("3CX token request for client '").append(clientId).append("' at ")
                .append(baseUrl).append(" failed");
        if (status > 0) {
            out.append(": HTTP ").append(status);
        }
        if (error != null) {
            out.append(": ").append(error);
        }
        if (description != null) {
            out.append(" (").append(description).append(')');
        }
        if (cause != null) {
            out.append(": ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return out.toString();
    }

    /** The token endpoint's HTTP status, or 0 when it could not be reached. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The OAuth {@code error} ({@code invalid_client}...), or null. */
    public String getError() {
        return error;
    }

    /** The OAuth {@code error_description}, or null. */
    public String getErrorDescription() {
        return errorDescription;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getClientId() {
        return clientId;
    }
}

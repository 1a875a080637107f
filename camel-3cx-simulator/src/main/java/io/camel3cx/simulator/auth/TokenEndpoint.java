package io.camel3cx.simulator.auth;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.simulator.http.IncomingRequest;
import io.camel3cx.simulator.http.Json;
import io.camel3cx.simulator.http.XapiRequest;
import io.camel3cx.simulator.http.XapiResponse;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * {@code POST /connect/token}: the OAuth2 client-credentials grant of a PBX. Errors use the OAuth2 form
 * ({@code {"error":"invalid_client","error_description":"..."}}), not the OData one.
 */
public final class TokenEndpoint {

    public static final String PATH = "/connect/token";

    private final TokenIssuer issuer;

    public TokenEndpoint(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    public XapiResponse handle(IncomingRequest request) {
        if (!"POST".equals(request.method())) {
            return error(405, "invalid_request", "The token endpoint accepts POST only, not " + request.method())
                    .header("Allow", "POST");
        }
        String contentType = request.header("content-type");
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            return error(400, "invalid_request",
                    "The token request must be a form (Content-Type application/x-www-form-urlencoded), got "
                            + (contentType == null ? "none" : contentType));
        }
        Map<String, String> form;
        try {
            form = XapiRequest.parseQuery(request.bodyText());
        } catch (ODataErrorException e) {
            return error(400, "invalid_request", e.getMessage());
        }
        String grantType = form.get("grant_type");
        if (grantType == null) {
            return error(400, "invalid_request", "grant_type is missing; use grant_type=client_credentials");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type",
                    "grant_type '" + grantType + "' is not supported; use client_credentials");
        }
        try {
            TokenIssuer.IssuedToken token = issuer.issue(form.get("client_id"), form.get("client_secret"));
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("token_type", "Bearer");
            body.put("expires_in", token.expiresIn());
            body.put("access_token", token.accessToken());
            return XapiResponse.ok(body).header("Cache-Control", "no-store");
        } catch (TokenIssuer.InvalidClientException e) {
            return error(401, "invalid_client", e.getMessage());
        }
    }

    private static XapiResponse error(int status, String code, String description) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", code);
        body.put("error_description", description);
        return XapiResponse.json(status, body);
    }
}

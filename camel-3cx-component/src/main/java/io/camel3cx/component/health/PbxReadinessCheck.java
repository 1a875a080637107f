package io.camel3cx.component.health;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camel3cx.auth.ClientCredentialsGrant;
import io.camel3cx.auth.TokenManager;
import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.component.ThreeCxConfiguration;
import io.camel3cx.component.ThreeCxEndpoint;
import io.camel3cx.http.PbxClient;
import io.camel3cx.http.PbxClientSettings;
import io.camel3cx.http.PbxRequest;
import io.camel3cx.http.PbxResponse;

/**
 * Readiness of one API client at one PBX: UP when the client holds an access token the PBX accepts, DOWN when the
 * PBX cannot be reached, refuses the credentials or rejects the token.
 * <p>
 * The token comes from the same {@link TokenManager} the endpoints use. A PBX keeps one active token per client
 * and revokes the previous one when it issues another, so the check never asks for a token of its own: it reuses
 * the current one and only requests a new one when the endpoints would (none yet, or due for refresh). To notice
 * an unreachable PBX while a token is still valid, every call also reads {@code GET /xapi/v1/Defs?$select=Id}, the
 * smallest read of the API, with that token.
 * <p>
 * Results carry the base URL, the client id, the probe's HTTP status and the token's expiry; never the secret or
 * the token.
 */
public final class PbxReadinessCheck extends AbstractHealthCheck implements AutoCloseable {

    /** The probe read: a singleton every XAPI release serves, reduced to one property. */
    static final PbxRequest PROBE = new PbxRequest("GET", "/Defs", "%24select=Id", Map.of(), null);

    private static final Logger LOG = LoggerFactory.getLogger(PbxReadinessCheck.class);

    private final ThreeCxEndpoint endpoint;
    private final String baseUrl;
    private final String clientId;
    private PbxClient client;

    /**
     * @param endpoint one of the endpoints that use this client at this PBX; its connection settings, credentials
     *                 and token manager are the ones checked
     */
    PbxReadinessCheck(ThreeCxEndpoint endpoint, PbxConnectionKey key) {
        super("camel", key.checkId());
        this.endpoint = endpoint;
        this.baseUrl = key.baseUrl();
        this.clientId = key.clientId();
    }

    /** A readiness check only: a PBX outage makes the routes unable to work, it is no reason to restart them. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("baseUrl", baseUrl);
        builder.detail("clientId", clientId);
        TokenManager tokens = endpoint.getTokenManager();
        Duration skew = Duration.ofSeconds(endpoint.getConfiguration().getTokenRefreshSkew());
        try {
            ClientCredentialsGrant grant = grant();
            String token = tokens.token(grant, skew);
            PbxResponse answer = client.execute(PROBE, token);
            if (answer.status() == 401) {
                // Revoked, as the producer would find out: replace it the way the producer does, and read again.
                answer = client.execute(PROBE, tokens.renew(token, grant, skew));
            }
            Instant expiresAt = tokens.expiresAt();
            if (expiresAt != null) {
                builder.detail("token.expiresAt", expiresAt.toString());
            }
            judge(builder, answer.status());
        } catch (ThreeCxAuthenticationException e) {
            authenticationFailed(builder, e);
        } catch (IOException e) {
            unreachable(builder, e);
        } catch (IllegalArgumentException e) {
            // Settings the client cannot be built with, such as sslContextParameters without a usable trust store.
            builder.down().message("Cannot connect to the 3CX PBX at " + baseUrl + ": " + e.getMessage()).error(e);
        }
    }

    private void judge(HealthCheckResultBuilder builder, int status) {
        builder.detail(SERVICE_STATUS_CODE, status);
        if (status >= 200 && status < 300) {
            builder.up().message("3CX PBX at " + baseUrl + " accepts the token of API client '" + clientId + "'");
        } else if (status == 403) {
            // Authenticated; the role of the API client just may not read Defs. The client works for what it may do.
            builder.up().message("3CX PBX at " + baseUrl + " accepts the token of API client '" + clientId
                                 + "' (its role may not read Defs: HTTP 403)");
        } else if (status == 401) {
            builder.down().message("3CX PBX at " + baseUrl + " rejects fresh tokens of API client '" + clientId
                                   + "' (HTTP 401 twice): is the client still enabled in the 3CX admin console?");
        } else {
            builder.down().message("3CX PBX at " + baseUrl + " answered GET " + PbxClient.API_ROOT + PROBE.pathAndQuery()
                                   + " with HTTP " + status + (status == 404 ? ": is baseUrl the root URL of the PBX?" : ""));
        }
    }

    private void authenticationFailed(HealthCheckResultBuilder builder, ThreeCxAuthenticationException e) {
        if (e.getStatusCode() == 0) {
            unreachable(builder, e);
            return;
        }
        builder.detail(SERVICE_STATUS_CODE, e.getStatusCode());
        if (e.getError() != null) {
            builder.detail(SERVICE_ERROR_CODE, e.getError());
        }
        // The exception text names client id, base URL and the server's error; the grant keeps the secret out of it.
        builder.down().message(e.getMessage() + ". Check clientId and clientSecret against the API client in the"
                               + " 3CX admin console (Admin > Integrations > API).").error(e);
    }

    private void unreachable(HealthCheckResultBuilder builder, Exception e) {
        LOG.debug("3CX PBX at {} is unreachable: {}", baseUrl, e.getMessage());
        builder.down().message("3CX PBX at " + baseUrl + " is unreachable: " + describe(e)).error(e);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /**
     * The grant goes through a client of the check's own (one connection), so that a slow PBX ties up no connection
     * of the routes' pool.
     */
    private synchronized ClientCredentialsGrant grant() {
        ThreeCxConfiguration c = endpoint.getConfiguration();
        if (client == null) {
            PbxClientSettings settings = new PbxClientSettings(baseUrl, c.getConnectTimeout(), c.getResponseTimeout(), 1,
                    c.getSslContextParameters(), c.getProxyHost(), c.getProxyPort() == null ? 0 : c.getProxyPort(),
                    c.getProxyScheme());
            client = new PbxClient(settings, sslContext(c.getSslContextParameters()));
        }
        return new ClientCredentialsGrant(client, c.getClientId(), c.getClientSecret(),
                c.getTokenExpiresInUnit().unitFor(endpoint.getApiVersionInUse()));
    }

    private SSLContext sslContext(SSLContextParameters parameters) {
        if (parameters == null) {
            return null;
        }
        try {
            return parameters.createSSLContext(endpoint.getCamelContext());
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot create the TLS context from sslContextParameters: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.debug("Closing the health check client of {} failed: {}", baseUrl, e.getMessage());
            }
            client = null;
        }
    }

    @Override
    public String toString() {
        return "PbxReadinessCheck[" + getId() + "]";
    }
}

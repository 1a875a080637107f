package io.camel3cx.http;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pooled HTTP connection to one PBX: sends XAPI calls below {@value #API_ROOT} with a bearer token, and form
 * posts (the token request). Redirects are not followed, so an {@code Authorization} header never travels to
 * another host. Nothing here logs headers or bodies, which carry tokens and secrets.
 */
public final class PbxClient implements Closeable {

    public static final String API_ROOT = "/xapi/v1";

    private static final Logger LOG = LoggerFactory.getLogger(PbxClient.class);

    private final PbxClientSettings settings;
    private final HttpHost host;
    private final String basePath;
    private final CloseableHttpClient http;
    private volatile boolean closed;

    /**
     * @param sslContext the TLS context, or null for the JVM default (certificates and host names verified)
     */
    public PbxClient(PbxClientSettings settings, SSLContext sslContext) {
        this.settings = settings;
        URI base = URI.create(settings.baseUrl());
        this.host = new HttpHost(base.getScheme(), base.getHost(), base.getPort());
        this.basePath = base.getRawPath() == null ? "" : base.getRawPath();

        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                .build();
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(connection);
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        RequestConfig request = RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                // waiting for a pooled connection counts against the response time budget as well
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                .setRedirectsEnabled(false)
                .build();
        var builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(request)
                .disableCookieManagement()
                .disableRedirectHandling()
                // Retries belong to the route (Camel's error handler and redelivery), where they are visible and
                // configurable; HttpClient's own would silently repeat GETs on 429/503 and hide the failure.
                .disableAutomaticRetries()
                .setUserAgent("camel-3cx");
        if (settings.proxyHost() != null) {
            builder.setProxy(new HttpHost(settings.proxyScheme(), settings.proxyHost(), settings.proxyPort()));
        }
        this.http = builder.build();
    }

    public PbxClientSettings settings() {
        return settings;
    }

    /** Sends an XAPI call with {@code Authorization: Bearer <token>}. */
    public PbxResponse execute(PbxRequest call, String bearerToken) throws IOException {
        BasicClassicHttpRequest req = new BasicClassicHttpRequest(call.method(), host,
                basePath + API_ROOT + call.pathAndQuery());
        req.setHeader("Authorization", "Bearer " + bearerToken);
        req.setHeader("Accept", "application/json");
        for (Map.Entry<String, String> h : call.headers().entrySet()) {
            req.setHeader(h.getKey(), h.getValue());
        }
        if (call.body() != null) {
            req.setEntity(new ByteArrayEntity(call.body(), ContentType.APPLICATION_JSON));
        }
        LOG.debug("3CX call {} to {}", call, settings.baseUrl());
        PbxResponse response = send(req, "call " + call);
        // Proxies, gateways and debug builds echo the Authorization header in errors; errors reach messages,
        // exceptions and logs, so the token is cut out of them here, once for every caller.
        return response.isSuccess() ? response : response.redacting(bearerToken);
    }

    /** Posts an {@code application/x-www-form-urlencoded} form to {@code path} below the base URL. */
    public PbxResponse postForm(String path, Map<String, String> form) throws IOException {
        BasicClassicHttpRequest req = new BasicClassicHttpRequest("POST", host, basePath + path);
        req.setHeader("Accept", "application/json");
        List<NameValuePair> pairs = new ArrayList<>(form.size());
        form.forEach((k, v) -> pairs.add(new BasicNameValuePair(k, v)));
        req.setEntity(new UrlEncodedFormEntity(pairs, java.nio.charset.StandardCharsets.UTF_8));
        LOG.debug("3CX form post to {}{}", settings.baseUrl(), path);
        return send(req, "request POST " + path);
    }

    /** Sends; a failure without an HTTP answer becomes a {@link PbxTransportException} that says what ran out. */
    private PbxResponse send(BasicClassicHttpRequest req, String what) throws PbxTransportException {
        try {
            return http.execute(host, req, PbxClient::read);
        } catch (IOException e) {
            String outcome = refusedHandshake(e) ? "nothing was sent"
                    : "GET".equals(req.getMethod()) ? "it was not repeated"
                    : "it was not repeated, and the PBX may or may not have carried it out";
            throw new PbxTransportException("3CX " + what + " to " + settings.baseUrl() + " failed: " + reason(e)
                    + "; " + outcome, e);
        }
    }

    private String reason(IOException e) {
        // ConnectTimeoutException is a SocketTimeoutException: it must be told apart first.
        if (e instanceof ConnectionRequestTimeoutException) {
            return "no pooled connection became free within responseTimeout (" + settings.responseTimeoutMillis()
                    + " ms); all maxConnections (" + settings.maxConnections() + ") were busy";
        }
        if (e instanceof ConnectTimeoutException) {
            return "no connection within connectTimeout (" + settings.connectTimeoutMillis() + " ms)";
        }
        if (e instanceof SocketTimeoutException) {
            return "no answer within responseTimeout (" + settings.responseTimeoutMillis() + " ms)";
        }
        if (e instanceof NoHttpResponseException) {
            return "the PBX closed the connection without answering";
        }
        if (refusedHandshake(e)) {
            // The JDK's text (PKIX path building failed...) names the symptom, not the remedy.
            return "TLS handshake failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "): the PBX's"
                   + " certificate is not trusted by this JVM or does not name the host of baseUrl; give the endpoint"
                   + " sslContextParameters (or useGlobalSslContextParameters) with a trust store that holds the PBX's"
                   + " certificate or its CA (certificates are never accepted unverified)";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The PBX's certificate was refused before the request was written. */
    private static boolean refusedHandshake(IOException e) {
        return e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException;
    }

    private static PbxResponse read(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        Header type = response.getFirstHeader("Content-Type");
        Header retryAfter = response.getFirstHeader("Retry-After");
        return new PbxResponse(response.getCode(), type == null ? null : type.getValue(), body,
                retryAfter == null ? null : retryAfter.getValue());
    }

    @Override
    public void close() throws IOException {
        closed = true;
        http.close();
    }

    /** Whether {@link #close()} ran: the pool is gone and calls would fail. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "PbxClient[" + settings.baseUrl() + "]";
    }
}

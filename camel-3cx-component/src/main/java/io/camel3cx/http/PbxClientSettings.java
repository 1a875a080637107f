package io.camel3cx.http;

import java.util.Locale;

import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Everything that shapes a pooled HTTP client. Endpoints with equal settings share one {@link PbxClient}; TLS
 * parameters compare by identity, so endpoints that use the same configured bean share too.
 *
 * @param baseUrl              the PBX root; stored in its {@link PbxBaseUrl#canonical canonical} form
 * @param connectTimeoutMillis TCP connect timeout
 * @param responseTimeoutMillis time to wait for the answer (socket read timeout)
 * @param maxConnections       pool size
 * @param sslContextParameters TLS configuration, or null for the JVM defaults (which verify certificates)
 * @param proxyHost            proxy host, or null for a direct connection
 * @param proxyPort            proxy port
 * @param proxyScheme          {@code http} or {@code https}
 */
public record PbxClientSettings(String baseUrl, int connectTimeoutMillis, int responseTimeoutMillis,
        int maxConnections, SSLContextParameters sslContextParameters, String proxyHost, int proxyPort,
        String proxyScheme) {

    public PbxClientSettings {
        baseUrl = PbxBaseUrl.canonical(baseUrl);
        if (connectTimeoutMillis <= 0) {
            throw new IllegalArgumentException("connectTimeout must be a positive number of milliseconds, not "
                    + connectTimeoutMillis);
        }
        if (responseTimeoutMillis <= 0) {
            throw new IllegalArgumentException("responseTimeout must be a positive number of milliseconds, not "
                    + responseTimeoutMillis);
        }
        if (maxConnections <= 0) {
            throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
        }
        if (proxyHost != null && !proxyHost.isBlank()) {
            if (proxyPort <= 0 || proxyPort > 65535) {
                throw new IllegalArgumentException("proxyPort must be set to a port (1-65535) when proxyHost is set, not "
                        + proxyPort);
            }
            proxyScheme = proxyScheme == null ? "http" : proxyScheme.toLowerCase(Locale.ROOT);
            if (!proxyScheme.equals("http") && !proxyScheme.equals("https")) {
                throw new IllegalArgumentException("proxyScheme must be http or https, not " + proxyScheme);
            }
        } else {
            if (proxyPort != 0) {
                throw new IllegalArgumentException("proxyPort " + proxyPort + " is set but proxyHost is not; set"
                        + " proxyHost to the proxy's host name as well, or remove proxyPort for a direct connection");
            }
            proxyHost = null;
            proxyPort = 0;
            proxyScheme = null;
        }
    }
}

package io.camel3cx.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Everything that shapes a pooled HTTP client. Endpoints with equal settings share one {@link PbxClient}; TLS
 * parameters compare by identity, so endpoints that use the same configured bean share too.
 *
 * @param baseUrl              the PBX root, {@code https://pbx.example.com}, no trailing slash
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
        baseUrl = normalizeBaseUrl(baseUrl);
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

    /**
     * Checks and normalizes a base URL: absolute http(s), with a host and a valid port, no credentials, no query or
     * fragment, no trailing slash.
     *
     * @throws IllegalArgumentException naming the value (credentials masked) and the expected form
     */
    public static String normalizeBaseUrl(String baseUrl) {
        String expected = "; expected an absolute http(s) URL of the PBX such as https://pbx.example.com";
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required" + expected);
        }
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl '" + masked(baseUrl) + "' is not a valid URL" + expected);
        }
        if (uri.getRawUserInfo() != null) {
            // It would travel in logs and messages, and 3CX API clients authenticate with clientId/clientSecret.
            throw new IllegalArgumentException("baseUrl '" + masked(baseUrl) + "' carries a user name or password;"
                    + " remove them (the API client authenticates with clientId and clientSecret)" + expected);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is not usable" + expected);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl + "' has port " + uri.getPort()
                    + ", outside 1-65535" + expected);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** The URL as error messages may show it: anything between {@code //} and {@code @} masked. */
    private static String masked(String url) {
        return url.replaceFirst("//[^/?#]*@", "//******@");
    }
}

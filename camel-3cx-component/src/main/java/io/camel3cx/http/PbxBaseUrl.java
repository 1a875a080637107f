package io.camel3cx.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one spelling of a PBX base URL. Pooled clients, token managers and health checks are keyed by it, so two
 * spellings of the same PBX ({@code HTTP://Pbx:443/} and {@code https://pbx}) must come out equal: otherwise each
 * spelling fetches its own token for the same API client and revokes the other's.
 */
public final class PbxBaseUrl {

    private static final String EXPECTED = "; expected an absolute http(s) URL of the PBX such as https://pbx.example.com";

    private PbxBaseUrl() {
    }

    /**
     * Checks a base URL and returns its canonical form: absolute http(s) with a host, no credentials, no query or
     * fragment; scheme and host lower-cased, the scheme's default port dropped, no trailing slash.
     *
     * @throws IllegalArgumentException naming the value (credentials masked) and the expected form
     */
    public static String canonical(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required" + EXPECTED);
        }
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl '" + masked(baseUrl) + "' is not a valid URL" + EXPECTED);
        }
        if (uri.getRawUserInfo() != null) {
            // It would travel in logs and messages, and 3CX API clients authenticate with clientId/clientSecret.
            throw new IllegalArgumentException("baseUrl '" + masked(baseUrl) + "' carries a user name or password;"
                    + " remove them (the API client authenticates with clientId and clientSecret)" + EXPECTED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl '" + masked(baseUrl) + "' is not usable" + EXPECTED);
        }
        int port = uri.getPort();
        if (port == 0 || port > 65535) {
            throw new IllegalArgumentException("baseUrl '" + masked(baseUrl) + "' has port " + port
                    + ", outside 1-65535" + EXPECTED);
        }
        boolean defaultPort = port == -1 || port == (scheme.equals("https") ? 443 : 80);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    /**
     * The URL as error messages may show it: anything between {@code //} and {@code @} masked, also where the
     * authority is too malformed for {@link URI} to report user info.
     */
    private static String masked(String url) {
        return url.replaceFirst("//[^/?#]*@", "//******@");
    }
}

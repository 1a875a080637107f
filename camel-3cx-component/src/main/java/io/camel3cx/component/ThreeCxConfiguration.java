package io.camel3cx.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

import io.camel3cx.auth.ExpiresInUnit;

/**
 * The connection options of the component: set once on the component as defaults for every endpoint, and
 * overridable per endpoint in its URI. Operation options ({@code id}, {@code filter}, {@code mac}...) are not here;
 * they come from the XAPI catalog of the chosen release.
 */
@UriParams
public class ThreeCxConfiguration implements Cloneable {

    @UriParam(description = "The root URL of the 3CX PBX, such as https://pbx.example.com. The XAPI is called below"
                            + " {baseUrl}/xapi/v1 and tokens are requested from {baseUrl}/connect/token.")
    @Metadata(required = true)
    private String baseUrl;

    @UriParam(label = "security", description = "The client id of a 3CX API client (created in the 3CX admin console under Integrations, API),"
                                                + " used for the OAuth client-credentials grant.")
    @Metadata(required = true)
    private String clientId;

    @UriParam(label = "security", secret = true,
              description = "The client secret (API key) of the 3CX API client. The component never logs or shows it;"
                            + " note that the HTTP library's opt-in wire traces (loggers org.apache.hc.client5.http.wire"
                            + " and .headers at DEBUG) print raw traffic, tokens included, so keep them off in production.")
    @Metadata(required = true)
    private String clientSecret;

    @UriParam(description = "The XAPI release whose operation catalog the endpoint uses, such as 20.0.10; the default"
                            + " is the newest bundled release. With openApiLocation set, this is only the label of"
                            + " that description (it also decides the expires_in unit, see tokenExpiresInUnit).")
    private String apiVersion;

    @UriParam(label = "advanced",
              description = "Where to load the PBX's own OpenAPI description from, instead of the bundled catalog: a"
                            + " file path, a classpath: resource or an http(s) URL. Use it for a PBX release newer than"
                            + " the bundled ones.")
    private String openApiLocation;

    @UriParam(label = "advanced", defaultValue = "10000",
              description = "Milliseconds to wait for a TCP connection to the PBX.")
    private int connectTimeout = 10000;

    @UriParam(label = "advanced", defaultValue = "30000",
              description = "Milliseconds to wait for the PBX to answer a request (and for a free pooled connection).")
    private int responseTimeout = 30000;

    @UriParam(label = "advanced", defaultValue = "20",
              description = "The maximum number of pooled HTTP connections to the PBX, shared by all endpoints that"
                            + " call it with the same connection settings.")
    private int maxConnections = 20;

    @UriParam(label = "security",
              description = "TLS settings (trust store, key store, protocols) for HTTPS connections to the PBX."
                            + " Certificates and host names are verified; without this the JVM defaults apply.")
    @Metadata(autowired = true)
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "proxy", description = "The host of an HTTP proxy to reach the PBX through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;

    @UriParam(label = "proxy", defaultValue = "http", enums = "http,https",
              description = "The scheme used to talk to the proxy: http or https.")
    private String proxyScheme = "http";

    @UriParam(description = "When true, the message body is the response JSON text exactly as the PBX returned it"
                            + " instead of a Map, List or value.")
    private boolean raw;

    @UriParam(defaultValue = "true",
              description = "Whether a non-2xx answer throws a ThreeCxException. When false the message carries the"
                            + " parsed OData error as body and the CamelThreeCx.ResponseCode, CamelThreeCx.ErrorCode and"
                            + " CamelThreeCx.ErrorMessage headers.")
    private boolean throwExceptionOnFailure = true;

    @UriParam(label = "security", defaultValue = "60",
              description = "Seconds before a token expires at which it is replaced by a new one (at most half of"
                            + " the token's lifetime).")
    private int tokenRefreshSkew = 60;

    @UriParam(label = "security", defaultValue = "AUTO",
              description = "The unit of the token endpoint's expires_in. 3CX answers minutes up to 20.0.8 and"
                            + " seconds from 20.0.9; AUTO decides by apiVersion (seconds for versions that are not"
                            + " release numbers).")
    private ExpiresInUnit tokenExpiresInUnit = ExpiresInUnit.AUTO;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getOpenApiLocation() {
        return openApiLocation;
    }

    public void setOpenApiLocation(String openApiLocation) {
        this.openApiLocation = openApiLocation;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyScheme() {
        return proxyScheme;
    }

    public void setProxyScheme(String proxyScheme) {
        this.proxyScheme = proxyScheme;
    }

    public boolean isRaw() {
        return raw;
    }

    public void setRaw(boolean raw) {
        this.raw = raw;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public int getTokenRefreshSkew() {
        return tokenRefreshSkew;
    }

    public void setTokenRefreshSkew(int tokenRefreshSkew) {
        this.tokenRefreshSkew = tokenRefreshSkew;
    }

    public ExpiresInUnit getTokenExpiresInUnit() {
        return tokenExpiresInUnit;
    }

    public void setTokenExpiresInUnit(ExpiresInUnit tokenExpiresInUnit) {
        this.tokenExpiresInUnit = tokenExpiresInUnit;
    }

    /** An independent copy: endpoints start from the component's defaults and change their own copy. */
    public ThreeCxConfiguration copy() {
        try {
            return (ThreeCxConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** Never shows the client secret. */
    @Override
    public String toString() {
        return "ThreeCxConfiguration[baseUrl=" + baseUrl + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "null" : "******")
                + ", apiVersion=" + apiVersion + ", openApiLocation=" + openApiLocation + "]";
    }
}

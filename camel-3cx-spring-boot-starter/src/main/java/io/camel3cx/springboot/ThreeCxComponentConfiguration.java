package io.camel3cx.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Spring Boot properties camel.component.threecx.*: one per option of the 3CX component
 * (io.camel3cx.component.ThreeCxComponent), applied to the component when Camel creates it.
 * <p>
 * Generated from the component's threecx.json by StarterConfigurationGenerator (starter tests);
 * do not edit: run mvn -pl camel-3cx-spring-boot-starter -am -Pregenerate-starter process-test-classes.
 */
@ConfigurationProperties(prefix = "camel.component.threecx")
public class ThreeCxComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The XAPI release whose operation catalog the endpoint uses, such as 20.0.10; the default is the newest
     * bundled release. With openApiLocation set, this is only the label of that description (it also decides
     * the expires_in unit, see tokenExpiresInUnit).
     */
    private String apiVersion;

    /**
     * The root URL of the 3CX PBX, such as https://pbx.example.com. The XAPI is called below
     * {baseUrl}/xapi/v1 and tokens are requested from {baseUrl}/connect/token.
     */
    private String baseUrl;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this
     * to allow CamelContext and routes to startup in situations where a producer may otherwise fail during
     * starting and cause the route to fail being started. By deferring this startup to be lazy then the
     * startup failure can be handled during routing messages via Camel's routing error handlers. Beware that
     * when the first message is processed then creating and starting the producer may take a little time and
     * prolong the total processing time of the processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * When true, the message body is the response JSON text exactly as the PBX returned it instead of a Map,
     * List or value.
     */
    private Boolean raw = false;

    /**
     * Whether a non-2xx answer throws a ThreeCxException. When false the message carries the parsed OData
     * error as body and the CamelThreeCx.ResponseCode, CamelThreeCx.ErrorCode and CamelThreeCx.ErrorMessage
     * headers.
     */
    private Boolean throwExceptionOnFailure = true;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked
     * as autowired) by looking up in the registry to find if there is a single instance of matching type,
     * which then gets configured on the component. This can be used for automatic configuring JDBC data
     * sources, JMS connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Milliseconds to wait for a TCP connection to the PBX.
     */
    private Integer connectTimeout = 10000;

    /**
     * The maximum number of pooled HTTP connections to the PBX, shared by all endpoints that call it with the
     * same connection settings.
     */
    private Integer maxConnections = 20;

    /**
     * Where to load the PBX's own OpenAPI description from, instead of the bundled catalog: a file path, a
     * classpath: resource or an http(s) URL. Use it for a PBX release newer than the bundled ones.
     */
    private String openApiLocation;

    /**
     * Milliseconds to wait for the PBX to answer a request (and for a free pooled connection).
     */
    private Integer responseTimeout = 30000;

    /**
     * The host of an HTTP proxy to reach the PBX through.
     */
    private String proxyHost;

    /**
     * The port of the HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * The scheme used to talk to the proxy: http or https.
     */
    private String proxyScheme = "http";

    /**
     * The client id of a 3CX API client (created in the 3CX admin console under Integrations, API), used for
     * the OAuth client-credentials grant.
     */
    private String clientId;

    /**
     * The client secret (API key) of the 3CX API client. The component never logs or shows it; note that the
     * HTTP library's opt-in wire traces (loggers org.apache.hc.client5.http.wire and .headers at DEBUG) print
     * raw traffic, tokens included, so keep them off in production.
     */
    private String clientSecret;

    /**
     * TLS settings (trust store, key store, protocols) for HTTPS connections to the PBX. Certificates and
     * host names are verified; without this the JVM defaults apply.
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;

    /**
     * The unit of the token endpoint's expires_in. 3CX answers minutes up to 20.0.8 and seconds from 20.0.9;
     * AUTO decides by apiVersion (seconds for versions that are not release numbers).
     */
    private io.camel3cx.auth.ExpiresInUnit tokenExpiresInUnit = io.camel3cx.auth.ExpiresInUnit.AUTO;

    /**
     * Seconds before a token expires at which it is replaced by a new one (at most half of the token's
     * lifetime).
     */
    private Integer tokenRefreshSkew = 60;

    /**
     * Use the CamelContext's global SSLContextParameters when an endpoint sets none.
     */
    private Boolean useGlobalSslContextParameters = false;

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getRaw() {
        return raw;
    }

    public void setRaw(Boolean raw) {
        this.raw = raw;
    }

    public Boolean getThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(Boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getOpenApiLocation() {
        return openApiLocation;
    }

    public void setOpenApiLocation(String openApiLocation) {
        this.openApiLocation = openApiLocation;
    }

    public Integer getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Integer responseTimeout) {
        this.responseTimeout = responseTimeout;
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

    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public io.camel3cx.auth.ExpiresInUnit getTokenExpiresInUnit() {
        return tokenExpiresInUnit;
    }

    public void setTokenExpiresInUnit(io.camel3cx.auth.ExpiresInUnit tokenExpiresInUnit) {
        this.tokenExpiresInUnit = tokenExpiresInUnit;
    }

    public Integer getTokenRefreshSkew() {
        return tokenRefreshSkew;
    }

    public void setTokenRefreshSkew(Integer tokenRefreshSkew) {
        this.tokenRefreshSkew = tokenRefreshSkew;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /** Never shows the client secret: the properties object ends up in logs and reports. */
    @Override
    public String toString() {
        return "ThreeCxComponentConfiguration["
                + "apiVersion=" + apiVersion
                + ", baseUrl=" + baseUrl
                + ", lazyStartProducer=" + lazyStartProducer
                + ", raw=" + raw
                + ", throwExceptionOnFailure=" + throwExceptionOnFailure
                + ", autowiredEnabled=" + autowiredEnabled
                + ", connectTimeout=" + connectTimeout
                + ", maxConnections=" + maxConnections
                + ", openApiLocation=" + openApiLocation
                + ", responseTimeout=" + responseTimeout
                + ", proxyHost=" + proxyHost
                + ", proxyPort=" + proxyPort
                + ", proxyScheme=" + proxyScheme
                + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? null : "******")
                + ", tokenRefreshSkew=" + tokenRefreshSkew
                + ", useGlobalSslContextParameters=" + useGlobalSslContextParameters
                + "]";
    }
}

package io.camel3cx.component;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.apache.camel.ApiEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

import io.camel3cx.auth.ClientCredentialsGrant;
import io.camel3cx.auth.TokenManager;
import io.camel3cx.http.PbxClient;
import io.camel3cx.http.PbxClientSettings;

/**
 * Calls one operation of the 3CX configuration API (XAPI). Every option of the operation (path keys, function
 * parameters, OData query options such as {@code filter}, {@code select}, action body properties) is an endpoint
 * option by its name and can be set per message in a {@code CamelThreeCx.} header named after the option.
 * <p>
 * {@link ApiEndpoint} is a marker with no methods: it makes camel-package-maven-plugin read the generated
 * {@code io.camel3cx.component.api.*ApiConfiguration} classes into the {@code apis}/{@code apiProperties} of the
 * component JSON, so tooling lists every resource, operation and option.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "threecx", title = "3CX", syntax = "threecx:resource/operation",
             apiSyntax = "resource/operation", producerOnly = true, category = { Category.API },
             headersClass = ThreeCxConstants.class)
public class ThreeCxEndpoint extends DefaultEndpoint implements ApiEndpoint {

    @UriPath(description = "The XAPI resource, the spec tag with its leading capitals lowered: users, groups,"
                           + " trunks, cdrSettings... (case-insensitive)")
    @Metadata(required = true)
    private String resource;

    @UriPath(description = "The operation of the resource, the spec operationId with its first letter lowered:"
                           + " listUser, getUser, reprovisionPhone... (case-insensitive)")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private ThreeCxConfiguration configuration;

    @UriParam(label = "producer",
              description = "Above 0, on an operation that answers a collection and takes $top and $skip, the message"
                            + " body becomes an Iterator over every matching item, read lazily pageSize items at a time"
                            + " ($top=pageSize, $skip advancing) until a page comes back short; top then caps the"
                            + " total and skip is where to start. The first page is fetched by the call itself (its"
                            + " failure fails the exchange); a later page's failure is thrown from the iterator. Use"
                            + " it with .split(body()).streaming() to handle collections of any size. An endpoint"
                            + " option only: a component-wide page size would refuse every operation that does not"
                            + " page.")
    private int pageSize;

    private OperationBinding binding;
    private PbxClientSettings clientSettings;
    private TokenManager tokenManager;
    private volatile Connection connection;

    /** The pooled client this endpoint sends through and the token grant over it. */
    record Connection(PbxClient client, ClientCredentialsGrant grant) {
    }

    public ThreeCxEndpoint(String uri, ThreeCxComponent component, ThreeCxConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Called by the component once the operation is resolved and its URI options are bound. */
    void bind(OperationBinding binding, PbxClientSettings clientSettings, TokenManager tokenManager) {
        this.binding = binding;
        this.clientSettings = clientSettings;
        this.tokenManager = tokenManager;
    }

    @Override
    public ThreeCxComponent getComponent() {
        return (ThreeCxComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new ThreeCxProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        throw new UnsupportedOperationException("The 3CX component only sends: use threecx: in to(...), not from(...)");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connection();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        Connection c = connection;
        if (c != null) {
            getComponent().clients().release(c.client());
            connection = null;
        }
        super.doStop();
    }

    /**
     * The connection to send through. Stopping the component alone closes every pool, also under endpoints that
     * stay started (routes keep theirs); such an endpoint takes a new one from the component once it runs again.
     */
    Connection connection() {
        Connection c = connection;
        return c != null && !c.client().isClosed() ? c : connect();
    }

    private synchronized Connection connect() {
        Connection c = connection;
        if (c != null && !c.client().isClosed()) {
            return c;
        }
        PbxClient client = getComponent().clients().acquire(clientSettings, parameters -> {
            try {
                return parameters.createSSLContext(getCamelContext());
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot create the TLS context from sslContextParameters: "
                                                   + e.getMessage(), e);
            }
        });
        ChronoUnit unit = configuration.getTokenExpiresInUnit().unitFor(binding.apiVersion());
        c = new Connection(client,
                new ClientCredentialsGrant(client, configuration.getClientId(), configuration.getClientSecret(), unit));
        connection = c;
        return c;
    }

    OperationBinding binding() {
        return binding;
    }

    PbxClient client() {
        return connection().client();
    }

    /** The shared token manager of this endpoint's client at its PBX. */
    public TokenManager getTokenManager() {
        return tokenManager;
    }

    Duration refreshSkew() {
        return Duration.ofSeconds(configuration.getTokenRefreshSkew());
    }

    /** The resolved operation definition. */
    public io.camel3cx.catalog.Operation getOperationDefinition() {
        return binding == null ? null : binding.operation();
    }

    /** The XAPI release (or description label) the operation was resolved in. */
    public String getApiVersionInUse() {
        return binding == null ? null : binding.apiVersion();
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public ThreeCxConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ThreeCxConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The URI with secrets masked. */
    @Override
    public String toString() {
        return "ThreeCxEndpoint[" + UriMasking.mask(getEndpointUri()) + "]";
    }
}

package io.camel3cx.component;

import java.lang.reflect.Field;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import io.camel3cx.auth.TokenManagerRegistry;
import io.camel3cx.http.Abbreviation;
import io.camel3cx.http.PbxClientRegistry;
import io.camel3cx.http.PbxClientSettings;

/**
 * The {@code threecx} component: {@code threecx:<resource>/<operation>?options} calls one operation of the 3CX
 * configuration API (XAPI). Holds what all its endpoints share: the connection defaults, one pooled HTTP client
 * per PBX and one access token per API client.
 */
@Component("threecx")
public class ThreeCxComponent extends DefaultComponent implements SSLContextParametersAware {

    /** The endpoint's own option fields (connection, behaviour), on the endpoint and its configuration. */
    private static final List<Field> ENDPOINT_OPTION_FIELDS = endpointOptionFields();
    /** The endpoint options, for suggestions when a URI option is misspelled. */
    private static final List<String> ENDPOINT_OPTIONS = endpointOptionNames();

    @Metadata(description = "The component-level defaults of the connection options (baseUrl, clientId, clientSecret,"
                            + " ...); each endpoint can override them.")
    private ThreeCxConfiguration configuration = new ThreeCxConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final PbxClientRegistry clients = new PbxClientRegistry();
    private final TokenManagerRegistry tokens = new TokenManagerRegistry(Clock.systemUTC());
    private final OperationResolver resolver = new OperationResolver();

    public ThreeCxComponent() {
    }

    public ThreeCxComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] path = remaining.split("/", -1);
        if (path.length != 2 || path[0].isBlank() || path[1].isBlank()) {
            throw new IllegalArgumentException("A 3CX endpoint is threecx:<resource>/<operation>, such as"
                    + " threecx:users/reprovisionPhone, not threecx:" + remaining);
        }
        ThreeCxConfiguration config = configuration.copy();
        ThreeCxEndpoint endpoint = new ThreeCxEndpoint(uri, this, config);
        endpoint.setResource(path[0]);
        endpoint.setOperation(path[1]);
        checkWholeNumberRange(path[0] + "/" + path[1], parameters);
        // Binds the endpoint's own options and removes them; what is left are operation options.
        setProperties(endpoint, parameters);

        if (config.getSslContextParameters() == null) {
            config.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        PbxClientSettings settings = settings(config);
        if (config.getClientId() == null || config.getClientId().isBlank()
                || config.getClientSecret() == null || config.getClientSecret().isEmpty()) {
            throw new IllegalArgumentException("3CX endpoint " + path[0] + "/" + path[1] + " needs clientId and"
                    + " clientSecret: the credentials of a 3CX API client, set on the component or the endpoint");
        }
        if (config.getTokenRefreshSkew() < 0) {
            throw new IllegalArgumentException("tokenRefreshSkew must be zero or more seconds, not "
                    + config.getTokenRefreshSkew());
        }
        OperationResolver.Resolved resolved = resolver.resolve(getCamelContext(), config, path[0], path[1]);
        OperationBinding binding = OperationBinding.bind(resolved.operation(), resolved.apiVersion(), parameters,
                ENDPOINT_OPTIONS);
        checkPaging(endpoint.getPageSize(), config, binding);
        endpoint.bind(binding, settings,
                tokens.manager(settings.baseUrl(), config.getClientId(), config.getClientSecret()));
        return endpoint;
    }

    private static void checkPaging(int pageSize, ThreeCxConfiguration config, OperationBinding binding) {
        if (pageSize < 0) {
            throw new IllegalArgumentException("pageSize must be 0 (no paging) or a number of items per page, not "
                    + pageSize);
        }
        if (pageSize > 0 && !binding.pageable()) {
            throw new IllegalArgumentException("pageSize reads a collection page by page through $top and $skip, and"
                    + " 3CX " + binding.operationKey() + " does not answer such a collection; leave pageSize unset"
                    + " for it (list operations such as users/listUser page)");
        }
        if (pageSize > 0 && config.isRaw()) {
            throw new IllegalArgumentException("pageSize and raw exclude each other on 3CX " + binding.operationKey()
                    + ": paging delivers the items one by one, raw the text of one answer");
        }
    }

    private static PbxClientSettings settings(ThreeCxConfiguration c) {
        return new PbxClientSettings(c.getBaseUrl(), c.getConnectTimeout(), c.getResponseTimeout(),
                c.getMaxConnections(), c.getSslContextParameters(), c.getProxyHost(),
                c.getProxyPort() == null ? 0 : c.getProxyPort(), c.getProxyScheme());
    }

    @Override
    protected void doStop() throws Exception {
        clients.closeAll();
        // Forget the tokens but keep one manager per client: endpoints that outlive a stop of the component alone
        // must go on sharing a token with the endpoints made after it starts again.
        tokens.invalidateAll();
        super.doStop();
    }

    @Override
    protected void doShutdown() throws Exception {
        tokens.clear();
        super.doShutdown();
    }

    PbxClientRegistry clients() {
        return clients;
    }

    /** The shared token managers, one per (base URL, client id). */
    public TokenManagerRegistry getTokenManagers() {
        return tokens;
    }

    /** The time source of token lifetimes; for tests. Applies to clients whose token manager is created later. */
    public void setClock(Clock clock) {
        tokens.setClock(clock);
    }

    public ThreeCxConfiguration getConfiguration() {
        return configuration;
    }

    /** The component-level defaults; endpoints copy them and override per URI. */
    public void setConfiguration(ThreeCxConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /**
     * Camel's binding narrows a whole number beyond the int range into some other int (pageSize=99999999999 would
     * become 1215752191): refuse it instead, naming the option and its range.
     */
    private static void checkWholeNumberRange(String operationKey, Map<String, Object> parameters) {
        for (Field f : ENDPOINT_OPTION_FIELDS) {
            if (f.getType() != int.class && f.getType() != Integer.class) {
                continue;
            }
            for (Map.Entry<String, Object> e : parameters.entrySet()) {
                if (e.getKey().equalsIgnoreCase(f.getName()) && e.getValue() instanceof String text
                        && text.trim().matches("[+-]?\\d+")) {
                    BigInteger value = new BigInteger(text.trim());
                    if (value.bitLength() > 31) {
                        throw new IllegalArgumentException("3CX endpoint " + operationKey + ": option " + f.getName()
                                + " is " + Abbreviation.of(text.trim(), 40) + ", beyond the whole numbers it takes ("
                                + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
                    }
                }
            }
        }
    }

    private static List<Field> endpointOptionFields() {
        List<Field> fields = new ArrayList<>();
        for (Class<?> options : List.of(ThreeCxEndpoint.class, ThreeCxConfiguration.class)) {
            for (Field f : options.getDeclaredFields()) {
                if (f.isAnnotationPresent(UriParam.class) && f.getType() != ThreeCxConfiguration.class) {
                    fields.add(f);
                }
            }
        }
        return List.copyOf(fields);
    }

    private static List<String> endpointOptionNames() {
        List<String> names = new ArrayList<>();
        ENDPOINT_OPTION_FIELDS.forEach(f -> names.add(f.getName()));
        names.add("lazyStartProducer");
        return List.copyOf(names);
    }

    /** Never shows the client secret. */
    @Override
    public String toString() {
        return "ThreeCxComponent[" + configuration + "]";
    }
}

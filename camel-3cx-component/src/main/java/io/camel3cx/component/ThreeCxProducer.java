package io.camel3cx.component;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.support.DefaultProducer;

import io.camel3cx.auth.TokenManager;
import io.camel3cx.http.PbxRequest;
import io.camel3cx.http.PbxResponse;

/**
 * Sends one XAPI call per exchange: builds the request from the endpoint's binding and the message, sends it with
 * the shared access token, replays it once with a new token when the PBX answers 401, and puts the answer on
 * the message.
 */
public class ThreeCxProducer extends DefaultProducer {

    private final ThreeCxEndpoint endpoint;
    private final ResponseMapper responses;
    private final int pageSize;
    /** Pages after the first have no message to carry a failure: they always throw. */
    private final ResponseMapper laterPages;

    public ThreeCxProducer(ThreeCxEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        ThreeCxConfiguration c = endpoint.getConfiguration();
        this.responses = new ResponseMapper(endpoint.binding(), c.isRaw(), c.isThrowExceptionOnFailure());
        this.pageSize = endpoint.getPageSize();
        this.laterPages = new ResponseMapper(endpoint.binding(), false, true);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        if (pageSize > 0) {
            processPaged(exchange);
            return;
        }
        // Everything that can be wrong with the input fails here, before a token is fetched or a byte is sent.
        PbxRequest request = endpoint.binding().request(in);
        PbxResponse response = send(request);
        responses.apply(request, response, exchange.getMessage());
    }

    /**
     * The first page is this call's answer (headers, count, failure as without paging); its items and the lazily
     * read pages after it become the body.
     */
    private void processPaged(Exchange exchange) throws Exception {
        OperationBinding binding = endpoint.binding();
        PagedItems items = new PagedItems(binding.operationKey(), binding.pages(exchange.getIn()), pageSize, page -> {
            if (isStoppingOrStopped()) {
                // Its pooled client is released: reading on would open one that nothing closes.
                throw new IllegalStateException("the threecx producer was stopped (its route or CamelContext"
                        + " stopped) before this page was read; walk the items while the route runs");
            }
            return laterPages.page(page, send(page), new DefaultMessage(exchange.getContext()));
        });
        PbxRequest first = items.nextRequest();
        Message out = exchange.getMessage();
        PagedItems.Page page = responses.page(first, send(first), out);
        if (page != null) {
            items.accept(page);
            out.setBody(items);
        }
    }

    private PbxResponse send(PbxRequest request) throws Exception {
        TokenManager tokens = endpoint.getTokenManager();
        ThreeCxEndpoint.Connection connection = endpoint.connection();
        String token = tokens.token(connection.grant(), endpoint.refreshSkew());
        PbxResponse response = connection.client().execute(request, token);
        if (response.status() == 401) {
            // The token was revoked (another process of the same client fetched one) or expired early: get a new
            // one unless a concurrent call already did, and replay once. A second 401 is a real failure.
            String renewed = tokens.renew(token, connection.grant(), endpoint.refreshSkew());
            response = connection.client().execute(request, renewed);
        }
        return response;
    }
}

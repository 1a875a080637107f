package io.camel3cx.component.health;

import java.net.URI;

import io.camel3cx.component.ThreeCxEndpoint;
import io.camel3cx.http.PbxBaseUrl;

/**
 * What one readiness check stands for: an API client at a PBX. Endpoints of the same client at the same PBX share
 * one token, so they share one check.
 *
 * @param baseUrl  the canonical base URL of the PBX
 * @param clientId the API client
 */
record PbxConnectionKey(String baseUrl, String clientId) {

    static PbxConnectionKey of(ThreeCxEndpoint endpoint) {
        return new PbxConnectionKey(PbxBaseUrl.canonical(endpoint.getConfiguration().getBaseUrl()),
                endpoint.getConfiguration().getClientId());
    }

    /** {@code threecx-<client>@<host[:port]>}: what health reports list the check as. */
    String checkId() {
        URI uri = URI.create(baseUrl);
        return "threecx-" + clientId + "@" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}

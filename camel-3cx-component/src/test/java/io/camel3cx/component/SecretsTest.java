package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.camel.Endpoint;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.ThreeCxTestSupport;

/** The client secret is never shown: not in toString, not in sanitized endpoint URIs (JMX, logs). */
class SecretsTest extends ThreeCxTestSupport {

    private static final String URI_SECRET = "uri-Secret-42";

    @Test
    void toStringsNeverShowTheSecret() throws Exception {
        Endpoint endpoint = context.getEndpoint("threecx:users/reprovisionPhone?mac=1&clientSecret=" + URI_SECRET);

        for (String text : new String[] { endpoint.toString(), component.toString(), component.getConfiguration().toString(),
                ((ThreeCxEndpoint) endpoint).getConfiguration().toString() }) {
            assertFalse(text.contains(URI_SECRET), text);
            assertFalse(text.contains(CLIENT_SECRET), text);
        }
        assertTrue(((ThreeCxEndpoint) endpoint).getConfiguration().toString().contains("clientSecret=******"));
    }

    @Test
    void sanitizedEndpointUrisMaskTheSecret() throws Exception {
        Endpoint endpoint = context.getEndpoint("threecx:users/reprovisionPhone?mac=1&clientSecret=" + URI_SECRET);

        String sanitized = URISupport.sanitizeUri(endpoint.getEndpointUri());
        assertFalse(sanitized.contains(URI_SECRET), sanitized);
        assertTrue(sanitized.contains("clientSecret=xxxxxx"), sanitized);
        assertTrue(sanitized.contains("mac=1"), sanitized);
    }

    @Test
    void aSecretOnTheComponentNeverReachesTheEndpointUri() throws Exception {
        Endpoint endpoint = context.getEndpoint("threecx:users/reprovisionPhone?mac=1");
        assertFalse(endpoint.getEndpointUri().contains(CLIENT_SECRET), endpoint.getEndpointUri());
    }
}

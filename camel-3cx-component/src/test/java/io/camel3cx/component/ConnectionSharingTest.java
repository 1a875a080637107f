package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.ThreeCxTestSupport;

/** One pooled client per PBX for all its endpoints, closed with the last one; one token manager per client. */
class ConnectionSharingTest extends ThreeCxTestSupport {

    @Test
    void endpointsOfOnePbxShareOneClientThatClosesWithTheLast() throws Exception {
        ThreeCxEndpoint a = (ThreeCxEndpoint) context.getEndpoint("threecx:users/reprovisionPhone?mac=1");
        ThreeCxEndpoint b = (ThreeCxEndpoint) context.getEndpoint("threecx:users/getUser?id=1");
        a.start();
        b.start();

        assertSame(a.client(), b.client());
        assertSame(a.getTokenManager(), b.getTokenManager());
        assertEquals(1, component.clients().size());

        a.stop();
        assertEquals(1, component.clients().size(), "still used by b");
        b.stop();
        assertEquals(0, component.clients().size(), "closed with the last endpoint");
    }

    @Test
    void differentConnectionSettingsGetTheirOwnPool() throws Exception {
        ThreeCxEndpoint a = (ThreeCxEndpoint) context.getEndpoint("threecx:users/reprovisionPhone?mac=1");
        ThreeCxEndpoint b = (ThreeCxEndpoint) context.getEndpoint("threecx:users/reprovisionPhone?mac=1&responseTimeout=5000");
        a.start();
        b.start();
        assertTrue(a.client() != b.client());
        assertSame(a.getTokenManager(), b.getTokenManager(), "but still one token for the client");
        a.stop();
        b.stop();
    }

    @Test
    void theSameClientWithAnotherSecretIsRefused() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class, () -> {
            context.getEndpoint("threecx:users/reprovisionPhone?mac=1");
            context.getEndpoint("threecx:users/reprovisionPhone?mac=2&clientSecret=Zz-second-secret-99");
        });
        assertTrue(e.getCause().getMessage().contains("different clientSecret"), e.getCause().getMessage());
        assertTrue(!e.getCause().getMessage().contains("Zz-second-secret-99"));
    }

    @Test
    void stoppingTheComponentClosesEverything() throws Exception {
        call("threecx:users/reprovisionPhone?mac=1", null);
        assertEquals(1, component.clients().size());
        context.stop();
        assertEquals(0, component.clients().size());
    }
}

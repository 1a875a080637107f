package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.spec.SpecFolder;
import io.camel3cx.component.support.MutableClock;
import io.camel3cx.component.support.ThreeCxTestSupport;

/** A PBX's own description, loaded at runtime instead of the bundled catalog. */
class OpenApiLocationTest extends ThreeCxTestSupport {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

    @Override
    protected void configure(ThreeCxComponent component) {
        component.setClock(clock);
    }

    @Test
    void operationsComeFromTheLoadedDescription() {
        Path spec = SpecFolder.specFile(SpecFolder.folderOrSkip(), "20.0.7");
        pbx.tokenLifetime(60);

        // users/getCallLog exists in 20.0.7 only (and 20.0.6), not in the newest bundled release.
        String uri = "threecx:users/getCallLog?dn=100&requestId=RAW(a b)&openApiLocation=" + spec + "&apiVersion=20.0.7";
        pbx.respond(r -> io.camel3cx.component.support.RecordingPbx.Reply.json(200, "{\"Id\":1}"));
        Exchange e = call(uri, null);

        assertEquals("/xapi/v1/Users/Pbx.GetCallLog(dn='100',requestId='a%20b')", pbx.singleApiRequest().rawPath());
        assertEquals("20.0.7", e.getMessage().getHeader(ThreeCxConstants.API_VERSION));
        // the label 20.0.7 also means expires_in in minutes
        assertEquals(clock.instant().plus(Duration.ofMinutes(60)),
                component.getTokenManagers().find(pbx.baseUrl(), CLIENT_ID).expiresAt());
    }

    @Test
    void withoutALabelTheDescriptionIsCalledOpenapiAndLifetimesAreSeconds() {
        Path spec = SpecFolder.specFile(SpecFolder.folderOrSkip(), "20.0.7");
        pbx.tokenLifetime(600);

        Exchange e = call("threecx:users/reprovisionPhone?mac=1&openApiLocation=file:" + spec, null);

        assertEquals("openapi", e.getMessage().getHeader(ThreeCxConstants.API_VERSION));
        assertEquals(clock.instant().plusSeconds(600),
                component.getTokenManagers().find(pbx.baseUrl(), CLIENT_ID).expiresAt());
    }

    @Test
    void anUnreadableLocationIsNamed() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:users/reprovisionPhone?mac=1&openApiLocation=/no/such/xapi.yaml"));
        assertTrue(e.getCause().getMessage().contains("Cannot load the 3CX OpenAPI description from openApiLocation"
                + " '/no/such/xapi.yaml'"), e.getCause().getMessage());
        assertTrue(pbx.apiRequests().isEmpty());
    }
}

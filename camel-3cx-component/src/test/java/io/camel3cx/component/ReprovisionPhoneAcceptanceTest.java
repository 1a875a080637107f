package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.ThreeCxTestSupport;

class ReprovisionPhoneAcceptanceTest extends ThreeCxTestSupport {

    @Test
    void reprovisionPhoneIsOnePostWithTheMacInTheActionBody() {
        Exchange result = call("threecx:users/reprovisionPhone?mac=001122AABBCC", null);

        Recorded token = pbx.tokenRequests().get(0);
        assertEquals("POST", token.method());
        assertEquals("/connect/token", token.rawPath());
        assertEquals(CLIENT_ID, token.form().get("client_id"));
        assertEquals(CLIENT_SECRET, token.form().get("client_secret"));
        assertEquals("client_credentials", token.form().get("grant_type"));

        Recorded call = pbx.singleApiRequest();
        assertEquals("POST", call.method());
        assertEquals("/xapi/v1/Users/Pbx.ReprovisionPhone", call.rawPath());
        assertNull(call.rawQuery());
        assertEquals("Bearer token-1", call.header("Authorization"));
        assertEquals("{\"mac\":\"001122AABBCC\"}", call.bodyText());
        assertEquals("application/json; charset=UTF-8", call.header("Content-Type"));

        assertNull(result.getMessage().getBody());
        assertEquals(204, result.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertEquals("users/reprovisionPhone", result.getMessage().getHeader(ThreeCxConstants.OPERATION));
        assertEquals("20.0.10", result.getMessage().getHeader(ThreeCxConstants.API_VERSION));
    }
}

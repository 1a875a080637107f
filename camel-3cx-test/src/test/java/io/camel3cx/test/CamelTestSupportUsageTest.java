package io.camel3cx.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camel3cx.component.ThreeCxException;
import io.camel3cx.simulator.RecordedRequest;

/** A route test as a user writes it with {@link CamelTestSupport}: one simulator for the class, over HTTPS. */
class CamelTestSupportUsageTest extends CamelTestSupport {

    @RegisterExtension
    static ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create().apiVersion("20.0.10");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return pbx.configure(super.createCamelContext());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:reprovision").to("threecx:users/reprovisionPhone");
            }
        };
    }

    @Test
    void reprovisionsTheDeskPhoneOfASeededUser() {
        String mac = firstSeededMac();
        pbx.simulator().clearRequestLog();

        template.sendBodyAndHeader("direct:reprovision", null, "CamelThreeCx.mac", mac);

        List<RecordedRequest> log = pbx.requestLog();
        RecordedRequest call = log.get(log.size() - 1);
        assertEquals("POST", call.method());
        assertEquals("/xapi/v1/Users/Pbx.ReprovisionPhone", call.path());
        assertEquals(null, call.rawQuery());
        assertEquals("{\"mac\":\"" + mac + "\"}", call.body());
        assertEquals(204, call.status());
    }

    @Test
    void anUnknownPhoneIsThePbxsErrorWithItsStatus() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.sendBodyAndHeader("direct:reprovision", null, "CamelThreeCx.mac", "0004F2FFFFFF"));

        ThreeCxException pbxError = assertInstanceOf(ThreeCxException.class, e.getCause());
        RecordedRequest call = pbx.requestLog().get(pbx.requestLog().size() - 1);
        assertEquals(call.status(), pbxError.getStatusCode());
        assertEquals("users/reprovisionPhone", pbxError.getOperationKey());
        assertEquals("POST", call.method());
        assertEquals("{\"mac\":\"0004F2FFFFFF\"}", call.body());
    }

    @Test
    void theRequestLogStartsEmptyInEachTest() {
        // The token request and earlier tests' calls are not in this test's log.
        assertEquals(List.of(), pbx.requestLog());
    }

    @SuppressWarnings("unchecked")
    private String firstSeededMac() {
        List<Map<String, Object>> users = template.requestBody("threecx:users/listUser?top=1&expand=Phones", null,
                List.class);
        List<Map<String, Object>> phones = (List<Map<String, Object>>) users.get(0).get("Phones");
        return (String) phones.get(0).get("MacAddress");
    }
}

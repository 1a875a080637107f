package io.camel3cx.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camel3cx.component.ThreeCxException;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.test.ThreeCxSimulatorExtension;

class ReprovisionRouteTest extends CamelTestSupport {

    @RegisterExtension
    static ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create().apiVersion("20.0.10");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return pbx.configure(super.createCamelContext()); // the threecx component, connected to the simulator
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:reprovision")
                        .setHeader("CamelThreeCx.mac", body())
                        .setBody().constant(null)
                        .to("threecx:users/reprovisionPhone");
            }
        };
    }

    @Test
    void reprovisionsADeskPhoneOfASeededUser() {
        template.sendBody("direct:reprovision", "0C383E553D06");

        List<RecordedRequest> log = pbx.requestLog(); // this test's requests, as they reached the simulator
        RecordedRequest sent = log.get(log.size() - 1);
        assertEquals("POST /xapi/v1/Users/Pbx.ReprovisionPhone", sent.method() + " " + sent.path());
        assertEquals("{\"mac\":\"0C383E553D06\"}", sent.body());
        assertEquals(204, sent.status());
    }

    @Test
    void anUnknownPhoneIsRefusedWithThePbxsReason() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.sendBody("direct:reprovision", "0004F2FFFFFF"));

        ThreeCxException refused = assertInstanceOf(ThreeCxException.class, e.getCause());
        assertEquals(404, refused.getStatusCode());
        assertEquals("mac", refused.getDetails().get(0).target());
        assertEquals("WARNINGS.XAPI.NOT_FOUND", refused.getDetails().get(0).message());
    }
}

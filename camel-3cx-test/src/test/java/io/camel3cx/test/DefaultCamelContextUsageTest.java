package io.camel3cx.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxException;
import io.camel3cx.simulator.RecordedRequest;

/**
 * The extension with a plain {@link DefaultCamelContext}, in an instance field: every test gets its own simulator,
 * so what one test creates is gone in the next. Plain HTTP and an older release, to show both settings.
 */
class DefaultCamelContextUsageTest {

    @RegisterExtension
    ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create().apiVersion("20.0.7").https(false);

    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        context = pbx.configure(new DefaultCamelContext());
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    void createsAUserAndReadsItBack() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("FirstName", "Ada");
        user.put("LastName", "Lovelace");
        user.put("EmailAddress", "ada.lovelace@example.com");
        user.put("Number", "555");

        Map<?, ?> created = template.requestBody("threecx:users/createUser", user, Map.class);
        Map<?, ?> read = template.requestBodyAndHeader("threecx:users/getUser?select=Number,EmailAddress", null,
                "CamelThreeCx.id", created.get("Id"), Map.class);

        assertEquals("555", read.get("Number"));
        assertEquals("ada.lovelace@example.com", read.get("EmailAddress"));
        RecordedRequest post = pbx.requestLog().stream().filter(r -> r.method().equals("POST")
                && r.path().equals("/xapi/v1/Users")).findFirst().orElseThrow();
        assertEquals(201, post.status());
        assertTrue(post.body().contains("\"EmailAddress\":\"ada.lovelace@example.com\""), post.body());
        RecordedRequest get = pbx.requestLog().get(pbx.requestLog().size() - 1);
        assertEquals("GET", get.method());
        assertEquals("/xapi/v1/Users(" + created.get("Id") + ")", get.path());
        assertEquals("$select=Number,EmailAddress", get.rawQuery());
    }

    @Test
    void eachTestHasAFreshSimulator() {
        // The previous test's user is not here: a new simulator with only the seed data.
        List<?> users = template.requestBody("threecx:users/listUser?filter=Number eq '555'", null, List.class);
        assertEquals(List.of(), users);
        RecordedRequest list = pbx.requestLog().get(pbx.requestLog().size() - 1);
        assertEquals("/xapi/v1/Users", list.path());
        assertEquals("$filter=Number%20eq%20'555'", list.rawQuery());
    }

    @Test
    void aDuplicateExtensionIsRefusedWithThePbxsDetails() {
        String takenNumber = (String) template.requestBody("threecx:users/listUser?top=1&select=Number", null,
                List.class).stream().map(u -> ((Map<?, ?>) u).get("Number")).findFirst().orElseThrow();
        Map<String, Object> user = Map.of("FirstName", "Bo", "LastName", "Duplicate", "Number", takenNumber);

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("threecx:users/createUser", user));

        ThreeCxException pbxError = assertInstanceOf(ThreeCxException.class, e.getCause());
        assertEquals(400, pbxError.getStatusCode());
        assertEquals("WARNINGS.XAPI.ALREADY_IN_USE", pbxError.getDetails().get(0).message());
        assertEquals("Number", pbxError.getDetails().get(0).target());
    }

    @Test
    void configureReusesTheComponentAlreadyRegistered() {
        CamelContext other = new DefaultCamelContext();
        ThreeCxComponent registered = new ThreeCxComponent();
        other.addComponent(ThreeCxSimulatorExtension.COMPONENT_NAME, registered);

        pbx.configure(other);

        assertSame(registered, other.getComponent(ThreeCxSimulatorExtension.COMPONENT_NAME));
        assertEquals(pbx.simulator().baseUrl(), registered.getConfiguration().getBaseUrl());
        assertEquals("20.0.7", registered.getConfiguration().getApiVersion());
        assertEquals(pbx.simulator().clientId(), registered.getConfiguration().getClientId());
    }

    @Test
    void componentsAreConnectedToThisTestsSimulator() {
        ThreeCxComponent component = pbx.component();

        assertEquals(pbx.simulator().baseUrl(), component.getConfiguration().getBaseUrl());
        assertTrue(component.getConfiguration().getBaseUrl().startsWith("http://127.0.0.1:"));
        assertEquals(null, component.getConfiguration().getSslContextParameters());
        assertNotEquals(pbx.simulator().clientSecret(), pbx.toString());
        assertTrue(!pbx.toString().contains(pbx.simulator().clientSecret()), pbx.toString());
    }
}

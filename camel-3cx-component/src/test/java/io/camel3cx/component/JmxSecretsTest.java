package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.RecordingPbx;

/**
 * With JMX on (camel-management on the class path, as in most deployments), no attribute of any MBean Camel
 * registers shows the client secret, whether it is set on the component or in an endpoint URI, nor the access
 * token in use.
 */
class JmxSecretsTest {

    private static final String COMPONENT_SECRET = "component-Secret-Jmx-1";
    private static final String URI_SECRET = "uri-Secret-Jmx-2";

    private RecordingPbx pbx;
    private DefaultCamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (pbx != null) {
            pbx.close();
        }
    }

    @Test
    void noMBeanAttributeShowsASecretOrTheToken() throws Exception {
        pbx = new RecordingPbx();
        context = new DefaultCamelContext();
        ThreeCxComponent component = new ThreeCxComponent();
        component.getConfiguration().setBaseUrl(pbx.baseUrl());
        component.getConfiguration().setClientId("jmx-client");
        component.getConfiguration().setClientSecret(COMPONENT_SECRET);
        context.addComponent("threecx", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:component-secret").routeId("component-secret").to("threecx:users/getUser?id=1");
                from("direct:uri-secret").routeId("uri-secret")
                        .to("threecx:users/getUser?id=2&clientId=other-client&clientSecret=RAW(" + URI_SECRET + ")");
            }
        });
        context.start();
        for (String route : new String[] {"direct:component-secret", "direct:uri-secret"}) {
            Exchange e = context.createProducerTemplate().request(route, x -> {
            });
            assertNull(e.getException(), route);
        }
        assertEquals(2, pbx.tokenRequests().size(), "both clients hold a token now");

        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        Set<ObjectName> names = server.queryNames(
                new ObjectName("org.apache.camel:context=" + context.getManagementName() + ",*"), null);
        int read = 0;
        boolean sawThreecxEndpoint = false;
        for (ObjectName name : names) {
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable()) {
                    continue;
                }
                Object value;
                try {
                    value = server.getAttribute(name, attribute.getName());
                } catch (Exception notReadableNow) {
                    continue;
                }
                String text = value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
                read++;
                sawThreecxEndpoint |= text.contains("threecx://users/getUser");
                String where = name + " " + attribute.getName() + " = " + text;
                assertFalse(text.contains(COMPONENT_SECRET), where);
                assertFalse(text.contains(URI_SECRET), where);
                assertFalse(text.matches("(?s).*\\btoken-\\d+\\b.*"), where);
            }
        }
        assertTrue(read > 100, "read only " + read + " attributes of " + names.size() + " MBeans");
        assertTrue(sawThreecxEndpoint, "no MBean showed the threecx endpoints: the test looked in the wrong place");
    }
}

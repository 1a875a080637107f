package io.camel3cx.builder;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.XapiCatalog;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static io.camel3cx.builder.ThreeCxEndpoints.threecx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The threecx component itself creates an endpoint from the builder's URI of every operation definition of every
 * release, with every option of that definition set: the builder's names and value forms are the component's.
 * Nothing is sent (endpoints are created, not started).
 */
class RealComponentAcceptsBuilderUrisTest {

    @Test
    void everyOperationWithAllItsOptionsCreatesAnEndpoint() throws Exception {
        List<String> failures = new ArrayList<>();
        int created = 0;
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            for (Operation def : XapiCatalog.bundled().data().operations()) {
                String release = def.releases().get(def.releases().size() - 1);
                AbstractThreeCxEndpointBuilder builder = builder(def);
                for (OperationParameter p : def.options()) {
                    set(builder, p);
                }
                ThreeCxEndpointBuilder<?> b = (ThreeCxEndpointBuilder<?>) builder;
                b.apiVersion(release).baseUrl("https://pbx.example.com").clientId("routes").clientSecret("s3cr3t");
                try {
                    Endpoint e = builder.resolve(context);
                    assertTrue(e.getEndpointUri().startsWith("threecx://" + def.resource() + "/" + def.name()));
                    created++;
                } catch (RuntimeException e) {
                    failures.add(def.key() + " (" + release + "): " + e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failed, first: " + failures.stream().limit(5).toList());
        assertEquals(XapiCatalog.bundled().data().operations().size(), created);
    }

    @Test
    void theComponentStillRejectsAValueOfTheWrongType() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Exception e = assertThrows(Exception.class, () -> threecx().users().getUser().id("forty-two")
                    .baseUrl("https://pbx.example.com").clientId("routes").clientSecret("s3cr3t").resolve(context));
            assertTrue(String.valueOf(rootCause(e).getMessage()).contains("id"), rootCause(e).getMessage());
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static AbstractThreeCxEndpointBuilder builder(Operation def) throws Exception {
        Object resource = ThreeCxEndpoints.class.getMethod(def.resource()).invoke(threecx());
        return (AbstractThreeCxEndpointBuilder) resource.getClass().getMethod(def.name()).invoke(resource);
    }

    /** Sets a valid sample value through the option's String method (or its String... method for lists). */
    private static void set(AbstractThreeCxEndpointBuilder builder, OperationParameter p) throws Exception {
        String sample = switch (p.type()) {
            case STRING -> "x";
            case INT32, INT64 -> "1";
            case DOUBLE, DECIMAL -> "1.5";
            case BOOLEAN -> "true";
            case DATE_TIME -> "2024-05-01T08:30:00Z";
            case DATE -> "2024-05-01";
            case UUID -> "123e4567-e89b-12d3-a456-426614174000";
            case OBJECT -> "{\"a\":1}";
            case ARRAY -> "[]";
        };
        Method m;
        try {
            m = builder.getClass().getMethod(p.name(), String.class);
            m.invoke(builder, sample);
        } catch (NoSuchMethodException e) {
            m = builder.getClass().getMethod(p.name(), String[].class);
            m.invoke(builder, (Object) new String[] {sample, sample + "2"});
        }
    }
}

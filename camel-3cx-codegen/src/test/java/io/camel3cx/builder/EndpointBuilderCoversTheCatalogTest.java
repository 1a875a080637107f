package io.camel3cx.builder;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.XapiCatalog;
import io.camel3cx.codegen.CatalogUnion;
import io.camel3cx.codegen.ComponentJson;
import io.camel3cx.codegen.EndpointOption;
import io.camel3cx.codegen.OperationUnion;
import io.camel3cx.codegen.OptionUnion;
import io.camel3cx.codegen.ResourceUnion;
import org.junit.jupiter.api.Test;

import static io.camel3cx.builder.ThreeCxEndpoints.threecx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every resource, operation and option of every bundled release, and every endpoint option, has a builder method. */
class EndpointBuilderCoversTheCatalogTest {

    private final CatalogUnion union = CatalogUnion.of(XapiCatalog.bundled().data());

    @Test
    void everyOperationOfEveryReleaseHasABuilderWithEveryOption() throws Exception {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        int options = 0;
        ThreeCxEndpoints entry = threecx();
        for (ResourceUnion r : union.resources()) {
            Method resourceMethod = ThreeCxEndpoints.class.getMethod(r.name());
            Object resource = resourceMethod.invoke(entry);
            for (OperationUnion op : r.operations()) {
                Method opMethod;
                try {
                    opMethod = resource.getClass().getMethod(op.name());
                } catch (NoSuchMethodException e) {
                    missing.add(op.resource() + "/" + op.name());
                    continue;
                }
                AbstractThreeCxEndpointBuilder builder = (AbstractThreeCxEndpointBuilder) opMethod.invoke(resource);
                assertEquals("threecx:" + op.resource() + "/" + op.name(), builder.uri());
                operations++;
                for (OptionUnion option : op.options()) {
                    boolean found = Arrays.stream(builder.getClass().getMethods())
                            .anyMatch(m -> m.getName().equals(option.name()) && Modifier.isPublic(m.getModifiers())
                                    && m.getReturnType() == builder.getClass());
                    if (!found) {
                        missing.add(op.resource() + "/" + op.name() + " option " + option.name());
                    }
                    options++;
                }
            }
        }
        assertTrue(missing.isEmpty(), "no builder method for " + missing);
        // Every operation definition of every release is one of the union's.
        for (Operation def : XapiCatalog.bundled().data().operations()) {
            OperationUnion op = union.resources().stream().filter(r -> r.name().equals(def.resource()))
                    .flatMap(r -> r.operations().stream()).filter(o -> o.name().equals(def.name()))
                    .findFirst().orElseThrow();
            for (OperationParameter p : def.options()) {
                assertTrue(op.options().stream().anyMatch(o -> o.name().equals(p.name())), def.key() + " " + p.name());
            }
        }
        assertEquals(132, union.resources().size());
        assertEquals(620, operations);
        assertTrue(options > 2000, "options: " + options);
    }

    @Test
    void everyEndpointOptionOfTheComponentHasABuilderMethod() {
        List<EndpointOption> endpointOptions = ComponentJson.fromClasspath(getClass().getClassLoader())
                .endpointOptions();
        assertTrue(endpointOptions.stream().anyMatch(o -> o.name().equals("baseUrl")));
        assertTrue(endpointOptions.stream().anyMatch(o -> o.name().equals("clientSecret") && o.secret()));
        for (EndpointOption o : endpointOptions) {
            boolean found = Arrays.stream(ThreeCxEndpointBuilder.class.getMethods())
                    .anyMatch(m -> m.getName().equals(o.name()) && m.getParameterCount() == 1
                            && m.getParameterTypes()[0] == String.class);
            assertTrue(found, "no builder method " + o.name() + "(String)");
        }
        assertEquals(endpointOptions.stream().filter(EndpointOption::secret).map(EndpointOption::name).sorted()
                .toList(), ThreeCxEndpointBuilder.SECRET_OPTIONS.stream().sorted().toList());
    }
}

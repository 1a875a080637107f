package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.catalog.XapiCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What camel-package-maven-plugin made of the generated {@code @ApiParams} classes: the component JSON in the built
 * component jar lists every resource as an api, every operation as a method and every option with its optional flag.
 */
class ComponentJsonApisTest {

    private final JsonNode json = ComponentJson.fromClasspath(getClass().getClassLoader()).root();
    private final CatalogUnion union = CatalogUnion.of(XapiCatalog.bundled().data());

    @Test
    void theComponentIsAnApiComponent() {
        assertTrue(json.path("component").path("api").asBoolean(), "component.api is false: does ThreeCxEndpoint"
                + " still implement org.apache.camel.ApiEndpoint?");
        assertEquals("resource/operation", json.path("component").path("apiSyntax").asText());
    }

    @Test
    void reprovisionPhoneIsListedWithItsRequiredMac() {
        JsonNode method = json.path("apis").path("users").path("methods").path("reprovisionPhone");
        assertTrue(method.path("description").asText().contains("POST /Users/Pbx.ReprovisionPhone"), method.toString());
        assertEquals("void reprovisionPhone(String mac)", method.path("signatures").path(0).asText());
        JsonNode mac = json.path("apiProperties").path("users").path("methods").path("reprovisionPhone")
                .path("properties").path("mac");
        assertFalse(mac.path("optional").asBoolean(true), mac.toString());
        assertEquals("java.lang.String", mac.path("javaType").asText());
        assertTrue(json.path("apis").path("users").path("producerOnly").asBoolean());
    }

    @Test
    void everyResourceOperationAndOptionOfTheUnionIsListed() {
        List<String> problems = new ArrayList<>();
        Set<String> apis = new TreeSet<>();
        json.path("apis").fieldNames().forEachRemaining(apis::add);
        Set<String> resources = new TreeSet<>(union.resources().stream().map(ResourceUnion::name).toList());
        assertEquals(resources, apis);
        int options = 0;
        for (ResourceUnion r : union.resources()) {
            Set<String> methods = new TreeSet<>();
            json.path("apis").path(r.name()).path("methods").fieldNames().forEachRemaining(methods::add);
            assertEquals(new TreeSet<>(r.operations().stream().map(OperationUnion::name).toList()), methods, r.name());
            for (OperationUnion op : r.operations()) {
                JsonNode props = json.path("apiProperties").path(r.name()).path("methods").path(op.name())
                        .path("properties");
                for (OptionUnion o : op.options()) {
                    JsonNode p = props.path(o.name());
                    if (p.isMissingNode()) {
                        problems.add(op.resource() + "/" + op.name() + " lacks " + o.name());
                    } else if (p.path("optional").asBoolean() == o.required(op)) {
                        problems.add(op.resource() + "/" + op.name() + " " + o.name() + " optional="
                                + p.path("optional").asBoolean());
                    }
                    options++;
                }
                if (props.size() != op.options().size()) {
                    problems.add(op.resource() + "/" + op.name() + " lists " + props.size() + " options, not "
                            + op.options().size());
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.stream().limit(5).toList());
        assertEquals(620, union.operationCount());
        assertTrue(options > 2000, "options: " + options);
    }
}

package io.camel3cx.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * A route written in Camel's YAML DSL (src/test/resources/yaml/list-users.yaml), loaded by camel-yaml-dsl through
 * camel-main's routes loader, calls the PBX with the component the starter configured.
 */
@SpringBootTest(classes = StarterTestApplication.class,
                properties = "camel.main.routes-include-pattern=classpath:yaml/list-users.yaml")
class YamlDslRouteTest {

    private static final ThreeCxSimulator PBX = SimulatedPbx.start();

    @DynamicPropertySource
    static void pbx(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(PBX, registry);
    }

    @AfterAll
    static void stopPbx() {
        PBX.close();
    }

    @Autowired
    private CamelContext camel;

    @Autowired
    private ProducerTemplate producer;

    @Test
    @SuppressWarnings("unchecked")
    void theYamlRouteListsUsers() {
        assertThat(camel.getRoute("yaml-list-users")).as("route from the YAML file").isNotNull();
        PBX.clearRequestLog();

        Object body = producer.requestBody("direct:yaml-list-users", (Object) null);

        assertThat(body).isInstanceOf(List.class);
        List<Map<String, Object>> users = (List<Map<String, Object>>) body;
        assertThat(users).hasSize(2).allSatisfy(u -> assertThat(u).containsKeys("Number", "FirstName"));
        List<RecordedRequest> wire = PBX.requestLog().stream()
                .filter(r -> r.path().startsWith("/xapi/v1/")).toList();
        assertThat(wire).hasSize(1);
        assertThat(wire.get(0).method()).isEqualTo("GET");
        assertThat(wire.get(0).path()).isEqualTo("/xapi/v1/Users");
        assertThat(wire.get(0).rawQuery()).isEqualTo("$top=2&$select=Number,FirstName");
    }
}

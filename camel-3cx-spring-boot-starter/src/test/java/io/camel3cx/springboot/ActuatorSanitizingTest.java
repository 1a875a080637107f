package io.camel3cx.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * An operator who turns on {@code show-values=always} for /actuator/env and /actuator/configprops still does not
 * see the client secret (Spring Boot 3 masks nothing by key name; the starter's SanitizingFunction does).
 */
@SpringBootTest(classes = StarterTestApplication.class, properties = {
        "management.endpoints.web.exposure.include=env,configprops",
        "spring.jmx.enabled=true",
        "management.endpoints.jmx.exposure.include=env,configprops",
        "management.endpoint.env.show-values=always",
        "management.endpoint.configprops.show-values=always",
        "THREECX_CLIENT_SECRET=also-a-secret" })
class ActuatorSanitizingTest {

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
    private ConfigurationPropertiesReportEndpoint configprops;

    @Autowired
    private EnvironmentEndpoint env;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void configpropsMasksTheSecretAndShowsTheRest() throws Exception {
        String report = json.writeValueAsString(configprops.configurationPropertiesWithPrefix("camel.component.threecx"));

        assertThat(report).doesNotContain(PBX.clientSecret());
        assertThat(report).contains("\"clientSecret\":\"******\"");
        // show-values=always is in force: other values are visible, so the mask above is the starter's doing
        assertThat(report).contains(PBX.baseUrl());
    }

    @Test
    void envMasksTheSecretUnderAnyName() throws Exception {
        String report = json.writeValueAsString(env.environment(null));

        assertThat(report).doesNotContain(PBX.clientSecret()).doesNotContain("also-a-secret");
        assertThat(report).contains(PBX.baseUrl());
    }

    @Test
    void maskedKeys() {
        assertThat(ThreeCxSanitizingAutoConfiguration.masks("camel.component.threecx.client-secret")).isTrue();
        assertThat(ThreeCxSanitizingAutoConfiguration.masks("camel.component.threecx.clientSecret")).isTrue();
        assertThat(ThreeCxSanitizingAutoConfiguration.masks("CAMEL_COMPONENT_THREECX_CLIENTSECRET")).isTrue();
        assertThat(ThreeCxSanitizingAutoConfiguration.masks(
                "camel.component.threecx.ssl-context-parameters.trust-managers.key-store.password")).isTrue();
        assertThat(ThreeCxSanitizingAutoConfiguration.masks("camel.component.threecx.client-id")).isFalse();
        assertThat(ThreeCxSanitizingAutoConfiguration.masks("spring.datasource.password")).isFalse();
    }
}

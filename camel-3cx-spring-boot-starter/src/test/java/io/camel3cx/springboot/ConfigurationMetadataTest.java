package io.camel3cx.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camel3cx.springboot.generator.ComponentModel;
import io.camel3cx.springboot.generator.StarterConfigurationGenerator;

/**
 * What IDEs complete: spring-boot-configuration-processor wrote one entry per component option, with the
 * component's own description and default.
 */
class ConfigurationMetadataTest {

    @Test
    void everyComponentOptionIsAPropertyWithItsDescriptionAndDefault() throws Exception {
        Map<String, JsonNode> properties = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertNotNull(in, "no spring-configuration-metadata.json: is the configuration processor on the path?");
            new ObjectMapper().readTree(in).get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        }
        ComponentModel model = ComponentModel.load();
        int checked = 0;
        for (ComponentModel.Option option : model.componentOptions()) {
            String key = "camel.component.threecx." + option.kebabName();
            if (StarterConfigurationGenerator.SKIPPED.contains(option.name())) {
                assertFalse(properties.containsKey(key), key + " must not be bound");
                continue;
            }
            JsonNode p = properties.get(key);
            assertNotNull(p, key + " missing from the metadata; it has " + properties.keySet());
            assertEquals(option.description(), p.path("description").asText(), key);
            if (option.defaultValue() != null) {
                assertEquals(option.defaultValue().toLowerCase(), p.path("defaultValue").asText().toLowerCase(), key);
            }
            checked++;
        }
        assertTrue(checked >= 15, "only " + checked + " options");
        assertTrue(properties.containsKey("camel.component.threecx.enabled"));
        assertEquals("org.apache.camel.support.jsse.SSLContextParameters",
                properties.get("camel.component.threecx.ssl-context-parameters").path("type").asText());
    }
}

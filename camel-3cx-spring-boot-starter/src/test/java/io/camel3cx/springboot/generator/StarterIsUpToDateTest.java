package io.camel3cx.springboot.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The checked-in starter properties are what the component's current threecx.json generates. */
class StarterIsUpToDateTest {

    @Test
    void configurationClassMatchesTheComponentDescription() throws Exception {
        String checkedIn = Files.readString(Path.of(".").resolve(StarterConfigurationGenerator.SOURCE));
        assertEquals(StarterConfigurationGenerator.generate(ComponentModel.load()), checkedIn,
                "ThreeCxComponentConfiguration.java is stale: a component option changed. Regenerate with"
                + " mvn -pl camel-3cx-spring-boot-starter -am -Pregenerate-starter process-test-classes");
    }
}

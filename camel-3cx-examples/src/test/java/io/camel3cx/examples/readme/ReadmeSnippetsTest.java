package io.camel3cx.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.test.ThreeCxSimulatorExtension;

/**
 * The routes and the Camel Main configuration the root README shows, run against a simulator: the component is
 * configured only by {@code camel.component.threecx.*} properties, as the README says.
 */
class ReadmeSnippetsTest {

    @RegisterExtension
    static ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create().https(false);

    @Test
    void theJavaAndYamlRoutesOfTheReadmeWorkAsShown() throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new DeskPhoneRoutes());
        main.configure().withRoutesIncludePattern("classpath:readme/user-by-extension.camel.yaml");
        // The README's application.properties, with the simulator's address and credentials.
        main.addInitialProperty("camel.component.threecx.base-url", pbx.simulator().baseUrl());
        main.addInitialProperty("camel.component.threecx.client-id", pbx.simulator().clientId());
        main.addInitialProperty("camel.component.threecx.client-secret", pbx.simulator().clientSecret());
        main.addInitialProperty("camel.component.threecx.api-version", "20.0.10");
        Object[] answers = new Object[3];
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                try {
                    CamelContext camel = started.getCamelContext();
                    ProducerTemplate template = camel.createProducerTemplate();
                    answers[0] = template.requestBody("direct:users", null, List.class);
                    answers[1] = template.requestBody("direct:user-by-extension", "105", Map.class);
                    template.sendBody("direct:reprovision", "0C383E553D06");
                } finally {
                    main.completed();
                }
            }
        });

        main.run();

        List<?> users = (List<?>) answers[0];
        assertEquals(20, users.size());
        assertEquals("100", ((Map<?, ?>) users.get(0)).get("Number"));
        Object idOf105 = users.stream().map(u -> (Map<?, ?>) u).filter(u -> "105".equals(u.get("Number")))
                .findFirst().orElseThrow().get("Id");
        assertEquals(idOf105, ((Map<?, ?>) answers[1]).get("Id"));
        List<RecordedRequest> calls = pbx.requestLog().stream().filter(r -> !r.path().equals("/connect/token")).toList();
        assertEquals("GET /xapi/v1/Users?$top=100&$filter=Enabled%20eq%20true&$orderby=Number"
                + "&$select=Id,Number,EmailAddress -> 200", calls.get(0).toString());
        assertEquals("GET /xapi/v1/Users(Number='105')?$select=Id,DisplayName,EmailAddress -> 200",
                calls.get(1).toString());
        assertEquals("POST /xapi/v1/Users/Pbx.ReprovisionPhone -> 204", calls.get(2).toString());
        assertEquals("{\"mac\":\"0C383E553D06\"}", calls.get(2).body());
    }

    /** The README shows these files' code as it is here, where tests run it: an edit to one side fails. */
    @Test
    void theReadmeShowsTheRoutesAndTheTestThatRun() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (String file : new String[] {"src/test/java/io/camel3cx/examples/readme/DeskPhoneRoutes.java",
            "src/test/java/io/camel3cx/examples/readme/ReprovisionRouteTest.java",
            "src/test/resources/readme/user-by-extension.camel.yaml"}) {
            String code = Files.readString(Path.of(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
            // From the first import or the route on: the package line and a note kept only here are not shown.
            int from = code.contains("import ") ? code.indexOf("import ") : 0;
            String shown = code.substring(from).replaceAll("(?m)^/\\*\\* The Java DSL route of the root README.*\\n", "")
                    .replaceAll("(?s)^import org.apache.camel.builder.RouteBuilder;\\n\\n(public class DeskPhoneRoutes)", "$1")
                    .strip();
            assertTrue(readme.contains(shown), "README.md does not show " + file + " as it is:\n" + shown);
        }
    }
}

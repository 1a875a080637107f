package io.camel3cx.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * Boots the example as it ships (application.yaml, no PBX in the environment, so the in-process simulator) and uses
 * it over HTTP: the users come from the simulated PBX through the threecx route, and actuator's health reports the
 * PBX connection through Camel's health check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThreeCxSpringBootExampleTest {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private ThreeCxSimulator pbx;

    private List<RecordedRequest> userListCalls() {
        return pbx.requestLog().stream().filter(r -> r.path().equals("/xapi/v1/Users")).toList();
    }

    @Test
    void usersComeFromThePbx() {
        // The user-directory timer asks once about a second after start (then every 5 minutes): let that call
        // happen first, so that the one the test makes is the only one in the log after the clear.
        await().atMost(Duration.ofSeconds(30)).until(() -> !userListCalls().isEmpty());
        pbx.clearRequestLog();

        ResponseEntity<List<Map<String, Object>>> answer = http.exchange("/users", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> users = answer.getBody();
        assertThat(users).isNotEmpty().allSatisfy(u -> assertThat(u).containsKeys("Id", "Number", "FirstName"));
        List<String> numbers = users.stream().map(u -> String.valueOf(u.get("Number"))).toList();
        assertThat(numbers).isSorted();
        List<RecordedRequest> calls = userListCalls();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).method()).isEqualTo("GET");
        assertThat(calls.get(0).rawQuery()).isEqualTo("$orderby=Number&$select=Id,Number,FirstName,LastName");
        assertThat(calls.get(0).status()).isEqualTo(200);
        assertThat(calls.get(0).header("Authorization")).startsWith("Bearer ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void actuatorHealthReportsThePbxConnection() {
        ResponseEntity<Map<String, Object>> health = http.exchange("/actuator/health", HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() {
                });

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        Map<String, Object> camel = (Map<String, Object>) ((Map<String, Object>) health.getBody().get("components"))
                .get("camelHealth");
        Map<String, Object> details = (Map<String, Object>) camel.get("details");
        assertThat(details).containsEntry("threecx-" + pbx.clientId() + "@127.0.0.1:" + pbx.port(), "UP");
        assertThat(health.toString()).doesNotContain(pbx.clientSecret());
        assertThat(pbx.requestLog()).anySatisfy(r -> assertThat(r.toString()).isEqualTo("GET /xapi/v1/Defs?%24select=Id -> 200"));
    }

    @Test
    void readinessProbeIsUp() {
        ResponseEntity<Map<String, Object>> readiness = http.exchange("/actuator/health/readiness", HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() {
                });

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).containsEntry("status", "UP");
    }
}

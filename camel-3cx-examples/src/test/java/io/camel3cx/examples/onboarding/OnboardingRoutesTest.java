package io.camel3cx.examples.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camel3cx.examples.ExampleFiles;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.SentWelcomeEmail;
import io.camel3cx.test.ThreeCxSimulatorExtension;

/**
 * The onboarding route over the bundled new-hires file, against a simulator with the default seed data: what it
 * sends for a good row, what it reports for each bad row, and that a second pass creates nothing.
 */
class OnboardingRoutesTest {

    /** The bad rows of the bundled file and the reason the report must give for each. */
    private static final Map<Integer, String> BAD_ROWS = Map.of(
            45, "attach phone: WARNINGS.XAPI.INVALID_MAC (MacAddress)",
            46, "attach phone: WARNINGS.XAPI.INVALID_MAC (MacAddress)",
            47, "create user: WARNINGS.XAPI.ALREADY_IN_USE (EmailAddress)",
            48, "create user: WARNINGS.XAPI.ALREADY_IN_USE (Number)",
            49, "create user: WARNINGS.XAPI.ALREADY_IN_USE (Number)",
            50, "find group: the PBX has no group named 'Facilities'");

    @RegisterExtension
    ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create();

    private final String csv = ExampleFiles.read(null, OnboardingJob.BUNDLED_FILE);
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startRoutes() throws Exception {
        context = pbx.configure(new DefaultCamelContext());
        context.addRoutes(new OnboardingRoutes());
        context.start();
        template = context.createProducerTemplate();
        // The seed data has Sales and Support; the file also names these departments.
        for (String department : List.of("Marketing", "Finance", "Engineering")) {
            template.requestBody("threecx:groups/createGroup", Map.of("Name", department));
        }
        pbx.simulator().clearRequestLog();
    }

    @AfterEach
    void stopRoutes() {
        context.stop();
    }

    @Test
    void createsEveryGoodRowAndReportsEachBadRowWithThePbxsReason() {
        OnboardingReport report = pass();

        assertEquals(50, report.outcomes().size());
        for (OnboardingOutcome outcome : report.outcomes()) {
            int row = outcome.hire().row();
            if (BAD_ROWS.containsKey(row)) {
                assertEquals(OnboardingStatus.FAILED, outcome.status(), "row " + row);
                assertTrue(outcome.detail().startsWith(BAD_ROWS.get(row)), "row " + row + ": " + outcome.detail());
            } else {
                assertEquals(OnboardingStatus.CREATED, outcome.status(), "row " + row + ": " + outcome.detail());
            }
        }
        assertEquals("44 created, 0 updated, 0 unchanged, 6 failed (50 rows)", report.summary());
        // A user whose phone was refused exists on the PBX, and the report says so.
        assertTrue(report.outcomes().get(43).detail().matches(".*\\(user \\d+ exists\\)"), report.outcomes().get(43).detail());
        // One welcome email per created user, to the created users' addresses.
        assertEquals(report.withStatus(OnboardingStatus.CREATED).stream().map(o -> o.hire().email()).sorted().toList(),
                pbx.simulator().sentWelcomeEmails().stream().map(SentWelcomeEmail::emailAddress).sorted().toList());
    }

    @Test
    void sendsExactlyTheseCallsForANewHire() {
        pass();

        // Row 2: Amelia Hughes, 201, 80:5E:C0:1A:20:01, Sales (seed group 2). Her calls are the first in the log.
        List<RecordedRequest> calls = pbx.requestLog().stream()
                .filter(r -> !r.path().equals("/connect/token")).limit(7).toList();
        assertCall(calls.get(0), "GET", "/xapi/v1/Groups", "$filter=Name%20eq%20'Sales'&$select=Id,Name", "", 200);
        assertCall(calls.get(1), "GET", "/xapi/v1/Users",
                "$filter=EmailAddress%20eq%20'amelia.hughes@example.com'%20and%20Number%20eq%20'201'&$expand=Phones,Groups",
                "", 200);
        assertCall(calls.get(2), "POST", "/xapi/v1/Users", null, "{\"FirstName\":\"Amelia\",\"LastName\":\"Hughes\","
                + "\"EmailAddress\":\"amelia.hughes@example.com\",\"Number\":\"201\"}", 201);
        String user = "/xapi/v1/Users(" + userIdOf(calls.get(2)) + ")";
        assertCall(calls.get(3), "PATCH", user, null, "{\"Phones\":[{\"MacAddress\":\"805ec01a2001\"}]}", 204);
        assertCall(calls.get(4), "PATCH", user, null,
                "{\"Groups\":[{\"GroupId\":2,\"Rights\":{\"RoleName\":\"users\"}}]}", 204);
        assertCall(calls.get(5), "POST", "/xapi/v1/Users/Pbx.ReprovisionPhone", null, "{\"mac\":\"805ec01a2001\"}", 204);
        assertCall(calls.get(6), "POST", user + "/Pbx.SendWelcomeEmail", null, "", 204);
    }

    @Test
    void aSecondPassCreatesNothingNew() {
        OnboardingReport first = pass();
        int usersBefore = userCount();
        pbx.simulator().clearRequestLog();

        OnboardingReport second = pass();

        assertEquals("0 created, 0 updated, 44 unchanged, 6 failed (50 rows)", second.summary());
        assertEquals(usersBefore, userCount());
        List<RecordedRequest> log = pbx.requestLog();
        // The only POST /Users are the rows the PBX refused at "create user" in the first pass, refused again:
        // the PBX, not a memory of the first pass, decides that they still conflict.
        List<RecordedRequest> creates = matching(log, r -> r.method().equals("POST") && r.path().equals("/xapi/v1/Users"));
        assertEquals(3, creates.size(), creates.toString());
        assertTrue(creates.stream().allMatch(r -> r.status() == 400), creates.toString());
        assertEquals(first.outcomes().stream().filter(o -> o.detail().startsWith("create user:")).count(), creates.size());
        assertEquals(List.of(), matching(log, r -> r.path().endsWith("/Pbx.SendWelcomeEmail")));
        assertEquals(List.of(), matching(log, r -> r.path().endsWith("/Pbx.ReprovisionPhone")));
        // Only the two users whose MAC is malformed are patched again (their phone is still missing).
        List<RecordedRequest> patches = matching(log, r -> r.method().equals("PATCH"));
        assertEquals(2, patches.size(), patches.toString());
        assertTrue(patches.stream().allMatch(r -> r.status() == 400 && r.body().contains("Phones")), patches.toString());
    }

    @Test
    void aCorrectedRowCompletesTheUserTheFirstPassLeftWithoutPhone() {
        pass();
        String corrected = "first_name,last_name,email,extension,desk_phone_mac,department\n"
                + "Marcus,Johansson,marcus.johansson@example.com,244,80:5E:C0:1A:20:44,Sales\n";
        pbx.simulator().clearRequestLog();

        @SuppressWarnings("unchecked")
        List<OnboardingOutcome> outcomes = template.requestBody(OnboardingRoutes.ONBOARD_FILE, corrected, List.class);

        assertEquals(OnboardingStatus.UPDATED, outcomes.get(0).status(), outcomes.get(0).detail());
        assertTrue(outcomes.get(0).detail().endsWith("phone attached and reprovisioned, added to group"),
                outcomes.get(0).detail());
        assertEquals(List.of(), matching(pbx.requestLog(), r -> r.method().equals("POST") && r.path().equals("/xapi/v1/Users")));
        assertEquals(1, matching(pbx.requestLog(), r -> r.body().equals("{\"mac\":\"805ec01a2044\"}")).size());
    }

    @Test
    void aRowWithABlankColumnFailsBeforeAnyCall() {
        String csv = "first_name,last_name,email,extension,desk_phone_mac,department\n"
                + "Nina,Blank,,260,80:5E:C0:1A:20:60,Sales\n";

        @SuppressWarnings("unchecked")
        List<OnboardingOutcome> outcomes = template.requestBody(OnboardingRoutes.ONBOARD_FILE, csv, List.class);

        assertEquals(OnboardingStatus.FAILED, outcomes.get(0).status());
        assertEquals("check row: the row leaves email blank", outcomes.get(0).detail());
        assertEquals(List.of(), pbx.requestLog());
    }

    private OnboardingReport pass() {
        @SuppressWarnings("unchecked")
        List<OnboardingOutcome> outcomes = template.requestBody(OnboardingRoutes.ONBOARD_FILE, csv, List.class);
        return new OnboardingReport("test", outcomes);
    }

    private int userCount() {
        return template.requestBody("threecx:users/listUser?select=Id", null, List.class).size();
    }

    private static List<RecordedRequest> matching(List<RecordedRequest> log, Predicate<RecordedRequest> p) {
        return log.stream().filter(p).collect(Collectors.toList());
    }

    private String userIdOf(RecordedRequest create) {
        List<?> users = template.requestBodyAndHeader("threecx:users/listUser?select=Id", null, "CamelThreeCx.filter",
                "Number eq '201'", List.class);
        return String.valueOf(((Map<?, ?>) users.get(0)).get("Id"));
    }

    private static void assertCall(RecordedRequest call, String method, String path, String query, String body,
            int status) {
        String what = call.toString();
        assertEquals(method, call.method(), what);
        assertEquals(path, call.path(), what);
        assertEquals(query, call.rawQuery(), what);
        assertEquals(body, call.body(), what);
        assertEquals(status, call.status(), what);
    }
}

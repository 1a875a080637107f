package io.camel3cx.simulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.SentWelcomeEmail;
import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.XapiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users as a PBX keeps them: CRUD, the 3CX validation rules and the user actions. */
class UsersTest {

    static ThreeCxSimulator sim;
    static XapiClient client;

    @BeforeAll
    static void start() {
        sim = ThreeCxSimulator.builder().apiVersion("20.0.10").seed(7).start();
        client = new XapiClient(sim);
        client.login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void clearLog() {
        sim.clearRequestLog();
    }

    static JsonNode user(int id) {
        HttpResponse<String> r = client.get("/Users(" + id + ")");
        assertEquals(200, r.statusCode(), r.body());
        return XapiClient.json(r);
    }

    @Test
    void seededUsersAreDeterministicPerSeed() {
        try (ThreeCxSimulator again = ThreeCxSimulator.builder().apiVersion("20.0.10").seed(7).start();
                ThreeCxSimulator other = ThreeCxSimulator.builder().apiVersion("20.0.10").seed(8).start()) {
            XapiClient a = new XapiClient(again);
            a.login();
            XapiClient b = new XapiClient(other);
            b.login();
            String mine = client.get("/Users(3)?$select=FirstName,LastName,EmailAddress").body();
            assertEquals(mine, a.get("/Users(3)?$select=FirstName,LastName,EmailAddress").body()
                    .replace(again.baseUrl(), sim.baseUrl()));
            assertFalse(mine.equals(b.get("/Users(3)?$select=FirstName,LastName,EmailAddress").body()
                    .replace(other.baseUrl(), sim.baseUrl())) && mine.contains("Phones"));
        }
    }

    @Test
    void getByKeyAnswersTheUserWithoutNavigationProperties() {
        JsonNode u = user(1);
        assertEquals(1, u.get("Id").asInt());
        assertEquals("100", u.get("Number").asText());
        assertTrue(u.get("EmailAddress").asText().endsWith("@example.com"));
        assertEquals(12, u.get("Phones").get(0).get("MacAddress").asText().length());
        assertFalse(u.has("Groups"), "Groups is a navigation property: only with $expand");
        assertTrue(u.get("@odata.context").asText().endsWith("/xapi/v1/$metadata#Users/$entity"));
    }

    @Test
    void expandGroupsGivesMembershipWithRole() {
        JsonNode u = XapiClient.json(client.get("/Users(1)?$expand=Groups"));
        assertEquals(1, u.get("Groups").get(0).get("GroupId").asInt());
        assertEquals("system_owners", u.get("Groups").get(0).get("Rights").get("RoleName").asText());
        JsonNode u2 = XapiClient.json(client.get("/Users(2)?$expand=Groups($select=GroupId,Rights)"));
        assertEquals("users", u2.get("Groups").get(0).get("Rights").get("RoleName").asText());
        assertFalse(u2.get("Groups").get(0).has("Name"));
    }

    @Test
    void unknownUserIs404ODataError() {
        HttpResponse<String> r = client.get("/Users(9999)");
        assertEquals(404, r.statusCode());
        JsonNode error = XapiClient.json(r).get("error");
        assertTrue(error.get("message").asText().contains("9999"), error.toString());
    }

    @Test
    void createReadUpdateDelete() {
        HttpResponse<String> created = client.post("/Users",
                "{\"Number\":\"555\",\"FirstName\":\"Zoe\",\"LastName\":\"Quinn\",\"EmailAddress\":\"zoe@example.com\","
                        + "\"Phones\":[{\"MacAddress\":\"001122AABBCC\",\"TemplateName\":\"fanvil.ph.xml\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode u = XapiClient.json(created);
        int id = u.get("Id").asInt();
        assertTrue(id > 20, "the server assigns a fresh Id");
        assertEquals("Zoe", u.get("FirstName").asText());
        assertEquals(sim.baseUrl() + "/xapi/v1/Users(" + id + ")", created.headers().firstValue("Location").orElseThrow());

        assertEquals("Quinn", user(id).get("LastName").asText());

        HttpResponse<String> patched = client.patch("/Users(" + id + ")", "{\"LastName\":\"Quinn-Smith\"}");
        assertEquals(204, patched.statusCode(), patched.body());
        assertEquals("", patched.body());
        JsonNode after = user(id);
        assertEquals("Quinn-Smith", after.get("LastName").asText());
        assertEquals("Zoe", after.get("FirstName").asText(), "PATCH merges");

        assertEquals(204, client.delete("/Users(" + id + ")").statusCode());
        assertEquals(404, client.get("/Users(" + id + ")").statusCode());
        assertEquals(404, client.delete("/Users(" + id + ")").statusCode());

        List<RecordedRequest> log = sim.requestLog();
        RecordedRequest post = log.get(0);
        assertEquals("POST", post.method());
        assertEquals("/xapi/v1/Users", post.path());
        assertEquals(201, post.status());
        assertTrue(post.body().contains("\"Number\":\"555\""));
        assertEquals("PATCH", log.get(2).method());
        assertEquals("/xapi/v1/Users(" + id + ")", log.get(2).path());
    }

    @Test
    void duplicateNumberIsRefusedLikeAPbx() {
        HttpResponse<String> r = client.post("/Users", "{\"Number\":\"101\",\"FirstName\":\"Dup\"}");
        assertEquals(400, r.statusCode());
        assertEquals("{\"error\":{\"code\":\"\",\"message\":\"Number:\\nWARNINGS.XAPI.ALREADY_IN_USE\",\"details\":"
                + "[{\"code\":\"\",\"message\":\"WARNINGS.XAPI.ALREADY_IN_USE\",\"target\":\"Number\"}]}}", r.body());
        HttpResponse<String> queue = client.post("/Users", "{\"Number\":\"800\"}");
        assertEquals(400, queue.statusCode(), "800 is a queue's number");
        HttpResponse<String> update = client.patch("/Users(3)", "{\"Number\":\"104\"}");
        assertEquals(400, update.statusCode());
        assertEquals("104", user(5).get("Number").asText());
        assertEquals("102", user(3).get("Number").asText(), "a refused update changes nothing");
    }

    @Test
    void duplicateEmailIsRefusedIgnoringCase() {
        String taken = user(2).get("EmailAddress").asText().toUpperCase(java.util.Locale.ROOT);
        HttpResponse<String> r = client.post("/Users", "{\"Number\":\"556\",\"EmailAddress\":\"" + taken + "\"}");
        assertEquals(400, r.statusCode());
        JsonNode d = XapiClient.json(r).get("error").get("details").get(0);
        assertEquals("EmailAddress", d.get("target").asText());
        assertEquals("WARNINGS.XAPI.ALREADY_IN_USE", d.get("message").asText());
        assertEquals("EmailAddress:\nWARNINGS.XAPI.ALREADY_IN_USE", XapiClient.json(r).get("error").get("message").asText());
    }

    @Test
    void malformedMacIsRefused() {
        HttpResponse<String> r = client.post("/Users",
                "{\"Number\":\"557\",\"Phones\":[{\"MacAddress\":\"00-11-22-AA-BB\"}]}");
        assertEquals(400, r.statusCode());
        JsonNode d = XapiClient.json(r).get("error").get("details").get(0);
        assertEquals("MacAddress", d.get("target").asText());
        assertEquals("WARNINGS.XAPI.INVALID_MAC", d.get("message").asText());
    }

    @Test
    void unknownPropertyAndWrongTypeAreRefusedBeforeStoring() {
        HttpResponse<String> unknown = client.post("/Users", "{\"Number\":\"558\",\"FristName\":\"X\"}");
        assertEquals(400, unknown.statusCode());
        String m = XapiClient.json(unknown).get("error").get("message").asText();
        assertTrue(m.contains("FristName") && m.contains("FirstName"), m);
        HttpResponse<String> type = client.post("/Users", "{\"Number\":558}");
        assertEquals(400, type.statusCode());
        assertTrue(XapiClient.json(type).get("error").get("message").asText().contains("must be a string"));
        HttpResponse<String> notJson = client.post("/Users", "{\"Number\":");
        assertEquals(400, notJson.statusCode());
        assertEquals(400, client.post("/Users", "{}").statusCode(), "Number is required");
    }

    @Test
    void reprovisionPhoneKnowsTheMacs() {
        String mac = user(4).get("Phones").get(0).get("MacAddress").asText();
        assertEquals(204, client.post("/Users/Pbx.ReprovisionPhone", "{\"mac\":\"" + mac + "\"}").statusCode());
        assertEquals(204, client.post("/Users/Pbx.ReprovisionPhone",
                "{\"mac\":\"" + mac.toLowerCase(java.util.Locale.ROOT) + "\"}").statusCode());

        HttpResponse<String> unknown = client.post("/Users/Pbx.ReprovisionPhone", "{\"mac\":\"FFFFFFFFFFFF\"}");
        assertEquals(404, unknown.statusCode());
        JsonNode error = XapiClient.json(unknown).get("error");
        assertTrue(error.get("message").asText().contains("FFFFFFFFFFFF"), error.toString());
        assertEquals("mac", error.get("details").get(0).get("target").asText());

        HttpResponse<String> malformed = client.post("/Users/Pbx.ReprovisionPhone", "{\"mac\":\"nope\"}");
        assertEquals(400, malformed.statusCode());
        assertEquals("WARNINGS.XAPI.INVALID_MAC",
                XapiClient.json(malformed).get("error").get("details").get(0).get("message").asText());

        HttpResponse<String> missing = client.post("/Users/Pbx.ReprovisionPhone", "{}");
        assertEquals(400, missing.statusCode());
        HttpResponse<String> typo = client.post("/Users/Pbx.ReprovisionPhone", "{\"macAddress\":\"001122AABBCC\"}");
        assertEquals(400, typo.statusCode());
        assertTrue(XapiClient.json(typo).get("error").get("message").asText().contains("macAddress"));
    }

    @Test
    void sendWelcomeEmailIsRecorded() {
        int before = sim.sentWelcomeEmails().size();
        assertEquals(204, client.post("/Users(6)/Pbx.SendWelcomeEmail", null).statusCode());
        List<SentWelcomeEmail> sent = sim.sentWelcomeEmails();
        assertEquals(before + 1, sent.size());
        assertEquals(6, sent.get(sent.size() - 1).userId());
        assertEquals("105", sent.get(sent.size() - 1).number());
        assertEquals(user(6).get("EmailAddress").asText(), sent.get(sent.size() - 1).emailAddress());
        assertEquals(404, client.post("/Users(4242)/Pbx.SendWelcomeEmail", null).statusCode());
        assertEquals(before + 1, sim.sentWelcomeEmails().size());
    }

    @Test
    void getUserByNumberAlternateKey() {
        HttpResponse<String> r = client.get("/Users(Number='107')");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(8, XapiClient.json(r).get("Id").asInt());
        assertEquals(404, client.get("/Users(Number='999')").statusCode());
    }

    @Test
    void getUserByNumberFunctionOfOlderReleases() {
        try (ThreeCxSimulator old = ThreeCxSimulator.builder().apiVersion("20.0.7").seed(7).start()) {
            XapiClient c = new XapiClient(old);
            c.login();
            HttpResponse<String> r = c.get("/Users/Pbx.GetByNumber(number='103')");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(4, XapiClient.json(r).get("Id").asInt());
            HttpResponse<String> alternate = c.get("/Users(Number='103')");
            assertEquals(400, alternate.statusCode(), "20.0.7 has no alternate key");
            assertTrue(alternate.body().contains("its key is Id"), alternate.body());
        }
    }

    @Test
    void systemStatusNamesTheRelease() {
        JsonNode s = XapiClient.json(client.get("/SystemStatus"));
        assertTrue(s.get("Version").asText().startsWith("20.0.10."), s.get("Version").asText());
    }

    @Test
    void navigationListOfAUser() {
        HttpResponse<String> r = client.get("/Users(2)/Groups");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, XapiClient.json(r).get("value").get(0).get("GroupId").asInt());
        assertEquals(404, client.get("/Users(777)/Groups").statusCode());
    }
}

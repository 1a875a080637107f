package io.camel3cx.simulator.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.XapiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query options over HTTP on the users set and on the generated call log. */
class QueryOptionsTest {

    static ThreeCxSimulator sim;
    static XapiClient client;

    @BeforeAll
    static void start() {
        sim = ThreeCxSimulator.builder().apiVersion("20.0.10").callLogRows(2_000_000).start();
        client = new XapiClient(sim);
        client.login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    static JsonNode ok(String pathAndQuery) {
        HttpResponse<String> r = client.get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        return XapiClient.json(r);
    }

    static List<String> values(JsonNode collection, String property) {
        List<String> out = new ArrayList<>();
        collection.get("value").forEach(n -> out.add(n.get(property).asText()));
        return out;
    }

    @Test
    void filterSelectOrderTopSkipCount() {
        JsonNode page = ok("/Users?$filter=" + XapiClient.enc("Id ge 3 and Id le 12") + "&$select=Id,Number"
                + "&$orderby=" + XapiClient.enc("Number desc") + "&$top=4&$skip=2&$count=true");
        assertEquals(10, page.get("@odata.count").asInt());
        assertEquals(List.of("109", "108", "107", "106"), values(page, "Number"));
        JsonNode first = page.get("value").get(0);
        assertEquals(2, first.size(), "only the selected properties: " + first);
    }

    @Test
    void orderByTwoKeys() {
        JsonNode page = ok("/Users?$select=Id,LastName,FirstName&$orderby=" + XapiClient.enc("LastName asc,Id desc"));
        List<JsonNode> users = new ArrayList<>();
        page.get("value").forEach(users::add);
        for (int i = 1; i < users.size(); i++) {
            int byName = users.get(i - 1).get("LastName").asText().compareTo(users.get(i).get("LastName").asText());
            assertTrue(byName < 0 || byName == 0 && users.get(i - 1).get("Id").asInt() > users.get(i).get("Id").asInt());
        }
    }

    @Test
    void expandIsNeededForNavigationProperties() {
        assertFalse(ok("/Users?$top=1").get("value").get(0).has("Groups"));
        assertTrue(ok("/Users?$top=1&$expand=Groups").get("value").get(0).get("Groups").isArray());
        assertTrue(ok("/Users?$top=1&$select=Id&$expand=Groups").get("value").get(0).has("Groups"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/Users?$top=-1 | $top must be a non-negative integer",
        "/Users?$skip=x | $skip must be a non-negative integer",
        "/Users?$count=yes | $count must be true or false",
        "/Users?$select=Nope | Could not find a property named 'Nope'",
        "/Users?$orderby=Id%20sideways | neither asc nor desc",
        "/Users?$orderby=Nope | Could not find a property named 'Nope'",
        "/Users?$expand=Number | is a plain property",
        "/Users?$expand=Groups($filter=Id%20eq%201) | nested option '$filter'",
        "/Users?$search=anna | $search is not supported",
        "/Users?$format=json | The query option '$format' is not accepted by users/listUser",
        "/Users?top=1 | The query option 'top' is not accepted",
        "/Users(1)?$filter=Id%20eq%201 | is not accepted by users/getUser",
        "/Users?$filter=Id%20eq | Unexpected end of expression",
    })
    void unsupportedOrWrongOptionsAre400(String pathAndQuery, String messagePart) {
        HttpResponse<String> r = client.get(pathAndQuery);
        assertEquals(400, r.statusCode(), r.body());
        String message = XapiClient.json(r).get("error").get("message").asText();
        assertTrue(message.contains(messagePart), message);
    }

    @Test
    void callLogOfMillionsIsPagedWithoutMaterializing() {
        String path = "/ReportCallLogData/Pbx.GetCallLogData(periodFrom=2025-06-30T00:00:00Z,periodTo=2025-06-30T16:00:00Z,"
                + "sourceType=0,sourceFilter=null,destinationType=0,destinationFilter=null,callsType=0,callTimeFilterType=0,"
                + "callTimeFilterFrom=null,callTimeFilterTo=null,hidePcalls=true)";
        JsonNode day = ok(path + "?$top=5&$count=true");
        // 16 hours at one call every 90 s, both ends included.
        assertEquals(641, day.get("@odata.count").asInt());
        assertEquals(List.of("1", "2", "3", "4", "5"), values(day, "CallId"));
        assertEquals("2025-06-30T16:00:00Z", day.get("value").get(0).get("StartTime").asText());

        JsonNode deep = ok("/CallHistoryView?$skip=1999990&$top=5&$count=true&$select=SegmentId");
        assertEquals(2_000_000, deep.get("@odata.count").asInt());
        assertEquals(List.of("1999991", "1999992", "1999993", "1999994", "1999995"), values(deep, "SegmentId"));

        JsonNode answered = ok(path + "?$filter=" + XapiClient.enc("Answered eq false")
                + "&$top=3&$select=CallId,Answered,Status,Reason");
        answered.get("value").forEach(n -> assertFalse(n.get("Answered").asBoolean()));
        answered.get("value").forEach(n -> assertEquals("Unanswered", n.get("Status").asText(), n.toString()));
        answered.get("value").forEach(n -> assertEquals("NoAnswer", n.get("Reason").asText(), n.toString()));
        assertEquals(3, answered.get("value").size());
        JsonNode taken = ok(path + "?$filter=" + XapiClient.enc("Answered eq true") + "&$top=3&$select=Status");
        taken.get("value").forEach(n -> assertEquals("Answered", n.get("Status").asText(), n.toString()));
    }

    @Test
    void callLogIsDeterministic() {
        String q = "/CallHistoryView?$top=3&$skip=1000";
        assertEquals(ok(q).toString(), ok(q).toString());
    }
}

package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/** How options, headers and bodies become a request, and how answers land on the message. */
class MessageMappingTest extends ThreeCxTestSupport {

    @Test
    void aHeaderWinsOverTheUriValue() {
        pbx.respond(r -> Reply.json(200, "{}"));
        template.request("threecx:users/getUser?id=1", e -> e.getIn().setHeader("CamelThreeCx.id", 99));
        template.request("threecx:users/getUser?id=1", e -> {
        });

        List<Recorded> calls = pbx.apiRequests();
        assertEquals("/xapi/v1/Users(99)", calls.get(0).rawPath());
        assertEquals("/xapi/v1/Users(1)", calls.get(1).rawPath(), "the header applied to its message only");
    }

    @Test
    void actionBodiesMergeTheMessageBodyWithOptionsAndOptionsWin() {
        pbx.respond(r -> Reply.json(200, "{}"));
        template.request("threecx:users/makeCall?destination=300", e -> {
            e.getIn().setBody(Map.of("dn", "100", "destination", "200", "contact", "c"));
            e.getIn().setHeader("CamelThreeCx.testCall", "true");
        });

        assertEquals("{\"contact\":\"c\",\"destination\":\"300\",\"dn\":\"100\",\"testCall\":true}",
                sortedJson(pbx.singleApiRequest().bodyText()));
    }

    @Test
    void actionBodyArraysAndObjectsComeFromListsOrJson() {
        call("threecx:users/multiUserUpdate", Map.of("ids", List.of(7), "user", Map.of("Language", "de")));
        assertEquals("{\"ids\":[7],\"user\":{\"Language\":\"de\"}}", sortedJson(pbx.singleApiRequest().bodyText()));
        pbx.reset();
        // ids from a header list, user as JSON text in the URI
        template.request("threecx:users/multiUserUpdate?user=RAW({\"Language\":\"en\"})",
                e -> e.getIn().setHeader("CamelThreeCx.ids", List.of(1, 2)));
        assertEquals("{\"ids\":[1,2],\"user\":{\"Language\":\"en\"}}", sortedJson(pbx.singleApiRequest().bodyText()));
    }

    @Test
    void entityBodiesComeFromMapsJsonTextBytesAndStreams() {
        pbx.respond(r -> Reply.noContent());
        call("threecx:users/updateUser?id=5", Map.of("FirstName", "Ann"));
        call("threecx:users/updateUser?id=5", "{\"FirstName\":\"Bob\"}");
        call("threecx:users/updateUser?id=5", "{\"FirstName\":\"Cy\"}".getBytes(StandardCharsets.UTF_8));
        call("threecx:users/updateUser?id=5", new ByteArrayInputStream("{\"FirstName\":\"Di\"}".getBytes(StandardCharsets.UTF_8)));
        call("threecx:users/updateUser?id=5", new Person("Ed"));

        List<String> bodies = pbx.apiRequests().stream().map(Recorded::bodyText).toList();
        assertEquals(List.of("{\"FirstName\":\"Ann\"}", "{\"FirstName\":\"Bob\"}", "{\"FirstName\":\"Cy\"}",
                "{\"FirstName\":\"Di\"}", "{\"FirstName\":\"Ed\"}"), bodies);
        pbx.apiRequests().forEach(r -> assertEquals("PATCH /xapi/v1/Users(5)", r.method() + " " + r.rawPath()));
    }

    @Test
    void getAndDeleteNeverSendTheMessageBody() {
        pbx.respond(r -> Reply.json(200, "{}"));
        call("threecx:users/getUser?id=5", Map.of("ignored", true));
        pbx.respond(r -> Reply.noContent());
        call("threecx:users/deleteUser?id=5", "{\"ignored\":true}");

        pbx.apiRequests().forEach(r -> assertEquals(0, r.body().length, r.toString()));
        assertNull(pbx.apiRequests().get(1).header("Content-Type"));
    }

    @Test
    void entitiesBecomeMapsValuesTheirValueAndCreatedEntitiesKeepTheirStatus() {
        pbx.enqueue(Reply.json(201, "{\"Id\":12,\"Number\":\"100\"}"), Reply.json(200, "{\"@odata.context\":\"x\",\"value\":true}"));
        Exchange created = call("threecx:users/createUser", Map.of("Number", "100"));
        Exchange value = call("threecx:users/hasDuplicatedEmail?id=12", null);

        assertEquals(Map.of("Id", 12, "Number", "100"), created.getMessage().getBody());
        assertEquals(201, created.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertEquals(true, value.getMessage().getBody());
        assertEquals("20.0.10", value.getMessage().getHeader(ThreeCxConstants.API_VERSION));
    }

    @Test
    void rawLeavesTheJsonTextAsReturned() {
        String json = "{\"@odata.count\":1,\"value\":[{\"Id\":1}]}";
        pbx.enqueue(Reply.json(200, json));
        Exchange e = call("threecx:users/listUser?raw=true", null);
        assertEquals(json, e.getMessage().getBody());
    }

    @Test
    void theCountHeaderIsSetOnlyWhenThePbxSendsACount() {
        pbx.enqueue(Reply.json(200, "{\"@odata.count\":57,\"value\":[]}"), Reply.json(200, "{\"value\":[]}"));
        Exchange counted = call("threecx:users/listUser?count=true&top=0", null);
        assertEquals(57L, counted.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT));
        assertEquals("$top=0&$count=true", pbx.apiRequests().get(0).rawQuery());

        Exchange uncounted = template.request("threecx:users/listUser", e -> e.getIn().setHeader(ThreeCxConstants.ODATA_COUNT, 3L));
        assertNull(uncounted.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT), "a stale count is removed");
        assertEquals(List.of(), uncounted.getMessage().getBody());
    }

    @Test
    void aBinaryDownloadStaysBytes() {
        pbx.enqueue(new Reply(200, "audio/wav", "RIFF"));
        Exchange e = call("threecx:users/downloadGreeting?userId=1&fileName=a.wav", null);
        assertArrayEquals("RIFF".getBytes(StandardCharsets.UTF_8), (byte[]) e.getMessage().getBody());
        assertEquals("/xapi/v1/Users/Pbx.DownloadGreeting(userId=1,fileName='a.wav')", pbx.singleApiRequest().rawPath());
    }

    private static String sortedJson(String json) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
            return mapper.writeValueAsString(mapper.readValue(json, java.util.TreeMap.class));
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    public record Person(@com.fasterxml.jackson.annotation.JsonProperty("FirstName") String firstName) {
    }
}

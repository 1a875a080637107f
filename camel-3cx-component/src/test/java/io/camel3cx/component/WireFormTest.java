package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/** What the PBX sees on the wire for keys, function parameters, query options and headers. */
class WireFormTest extends ThreeCxTestSupport {

    static Stream<Arguments> awkwardStrings() {
        return Stream.of(
                Arguments.of("O'Neil", "'O''Neil'"),
                Arguments.of("a b", "'a%20b'"),
                Arguments.of("a/b", "'a%2Fb'"),
                Arguments.of("#1", "'%231'"),
                Arguments.of("100%", "'100%25'"),
                Arguments.of("why?", "'why%3F'"),
                Arguments.of("a&b=c", "'a%26b=c'"),
                Arguments.of("a+b", "'a%2Bb'"),
                Arguments.of("Zürich", "'Z%C3%BCrich'"),
                Arguments.of("", "''"));
    }

    @ParameterizedTest(name = "mac {0} -> {1}")
    @MethodSource("awkwardStrings")
    void stringFunctionParametersAreQuotedAndEncodedInThePath(String mac, String onTheWire) {
        pbx.respond(r -> Reply.json(200, "{}"));
        // Given as a header so that the value reaches the component exactly as written.
        template.request("threecx:users/getPhoneRegistrar",
                e -> e.getIn().setHeader("CamelThreeCx.mac", mac));

        Recorded r = pbx.singleApiRequest();
        assertEquals("GET", r.method());
        assertEquals("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac=" + onTheWire + ")", r.rawPath());
        assertNull(r.rawQuery());
        assertEquals(0, r.body().length);
    }

    @Test
    void stringKeysAreQuotedInTheURIFormToo() {
        call("threecx:backups/deleteBackups?fileName=RAW(my backup's.zip)&ifMatch=*", null);

        Recorded r = pbx.singleApiRequest();
        assertEquals("DELETE", r.method());
        assertEquals("/xapi/v1/Backups('my%20backup''s.zip')", r.rawPath());
        assertEquals("*", r.header("If-Match"));
    }

    @Test
    void integerKeysAreBare() {
        pbx.respond(r -> Reply.json(200, "{\"Id\":42}"));
        Object body = call("threecx:users/getUser?id=42", null).getMessage().getBody();

        assertEquals("/xapi/v1/Users(42)", pbx.singleApiRequest().rawPath());
        assertEquals(Map.of("Id", 42), body);
    }

    @Test
    void dateTimesWithOffsetsAreUnquotedAndOmittedNullableParametersAreNull() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        template.request("threecx:activityLog/getLogs?startDate=RAW(2024-05-01T08:30:00+02:00)", e -> e.getIn()
                .setHeader("CamelThreeCx.endDate", OffsetDateTime.of(2024, 5, 2, 0, 0, 0, 0, ZoneOffset.ofHours(-5))));

        assertEquals("/xapi/v1/ActivityLog/Pbx.GetLogs(startDate=2024-05-01T08:30:00%2B02:00,"
                + "endDate=2024-05-02T00:00:00-05:00,extension=null,call=null,severity=null)",
                pbx.singleApiRequest().rawPath());
    }

    @Test
    void uuidsAreBare() {
        pbx.respond(r -> Reply.json(200, "{\"value\":\"x\"}"));
        call("threecx:getUpdateDetails/getUpdateDetails?key=123e4567-e89b-12d3-a456-426614174000"
                + "&id=00000000-0000-0000-0000-000000000001", null);

        assertEquals("/xapi/v1/GetUpdateDetails(key=123e4567-e89b-12d3-a456-426614174000,"
                + "id=00000000-0000-0000-0000-000000000001)", pbx.singleApiRequest().rawPath());
    }

    @Test
    void queryOptionsUseDollarNamesCommaJoinedCollectionsAndPercent20() {
        pbx.respond(r -> Reply.json(200, "{\"@odata.count\":2,\"value\":[{\"Id\":1},{\"Id\":2}]}"));
        var exchange = template.request("threecx:users/listUser?top=5&count=true&select=Id,Number", e -> {
            e.getIn().setHeader("CamelThreeCx.filter", "Name eq 'O''Neil & Sons'");
            e.getIn().setHeader("CamelThreeCx.orderBy", List.of("Number desc", "Id"));
        });

        Recorded r = pbx.singleApiRequest();
        assertEquals("/xapi/v1/Users", r.rawPath());
        assertEquals("$top=5&$filter=Name%20eq%20'O''Neil%20%26%20Sons'&$count=true"
                + "&$orderby=Number%20desc,Id&$select=Id,Number", r.rawQuery());
        assertEquals(List.of(Map.of("Id", 1), Map.of("Id", 2)), exchange.getMessage().getBody());
        assertEquals(2L, exchange.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT));
    }
}

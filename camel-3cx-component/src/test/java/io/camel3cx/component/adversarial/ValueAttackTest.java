package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.camel3cx.component.OperationInputException;
import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * Option values that do not fit, or fit only awkwardly: a misfit fails before anything is sent and says which
 * option, what it got and what it expects; an awkward value that fits arrives at the PBX exactly as given.
 */
class ValueAttackTest extends ThreeCxTestSupport {

    private static final String EMOJI = "\uD83D\uDE00";
    private static final String AWKWARD = "O'Neil 100% a+b #1 why? a/b c\\d e\nf g\u0000h " + EMOJI;

    private boolean expectNothingSent;

    @AfterEach
    void nothingSentForMisfits() {
        if (expectNothingSent) {
            assertEquals(List.of(), pbx.apiRequests(), "no API request");
            assertEquals(List.of(), pbx.tokenRequests(), "no token request");
        }
    }

    private String uriFailure(String uri) {
        expectNothingSent = true;
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri));
        return e.getCause().getMessage();
    }

    private OperationInputException headerFailure(String uri, String option, Object value) {
        expectNothingSent = true;
        Exchange e = template.request(uri, x -> x.getIn().setHeader("CamelThreeCx." + option, value));
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException(),
                () -> String.valueOf(e.getException()));
        assertEquals(option, failure.getOption());
        return failure;
    }

    @Test
    void int32Overflow() {
        String message = uriFailure("threecx:users/getUser?id=2147483648");
        assertTrue(message.contains("option 'id' (path parameter Id) expects a whole number (int32)"), message);
        assertTrue(message.contains("2147483648 is out of the int32 range"), message);
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        String message = uriFailure("threecx:users/getUser?id=1.5");
        assertTrue(message.endsWith("'1.5' is not a whole number"), message);
    }

    @Test
    void int64OverflowSaysSo() {
        String message = uriFailure("threecx:users/listUser?top=9223372036854775808");
        assertTrue(message.endsWith("'9223372036854775808' is out of the int64 range"), message);
    }

    @Test
    void blanksAroundANumberAreNamedNotGuessedAway() {
        String message = uriFailure("threecx:users/getUser?id=RAW( 7 )");
        assertTrue(message.endsWith("' 7 ' is not a whole number"), message);
    }

    @Test
    void yesIsNotABoolean() {
        String message = uriFailure("threecx:users/listUser?count=yes");
        assertTrue(message.contains("option 'count' (query option $count) expects true or false"), message);
        assertTrue(message.endsWith("'yes' is neither true nor false"), message);
    }

    @Test
    void aMalformedUuidIsNamed() {
        for (String bad : List.of("123", "123e4567-e89b-12d3-a456-42661417400", "1-1-1-1-1",
                "123e4567-e89b-12d3-a456-42661417400g")) {
            String message = uriFailure("threecx:oAuthClients/getOAuthClient?id=" + bad);
            assertTrue(message.contains("expects a UUID such as 123e4567-e89b-12d3-a456-426614174000"), message);
            assertTrue(message.endsWith("'" + bad + "' is not a UUID"), message);
        }
    }

    @Test
    void aDateTimeWithoutZoneIsRefusedAsText() {
        String message = uriFailure("threecx:activityLog/getLogs?startDate=2024-05-01T08:30:00&endDate=2024-05-02T00:00:00Z");
        assertTrue(message.contains("option 'startDate'"), message);
        assertTrue(message.endsWith("'2024-05-01T08:30:00' is not an ISO-8601 date-time with zone"), message);
    }

    @Test
    void aLocalDateTimeObjectIsTakenAsUtcAsDocumented() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        template.request("threecx:activityLog/getLogs?endDate=RAW(2024-05-02T00:00:00+02:00)",
                x -> x.getIn().setHeader("CamelThreeCx.startDate", LocalDateTime.of(2024, 5, 1, 8, 30)));
        assertEquals("/xapi/v1/ActivityLog/Pbx.GetLogs(startDate=2024-05-01T08:30:00Z,endDate=2024-05-02T00:00:00%2B02:00,"
                + "extension=null,call=null,severity=null)", pbx.singleApiRequest().rawPath());
    }

    @Test
    void aPlusInAUriOffsetThatCamelReadAsASpaceIsExplained() {
        String message = uriFailure("threecx:activityLog/getLogs?startDate=2024-05-01T00:00:00Z"
                + "&endDate=2024-05-02T00:00:00+02:00");
        assertTrue(message.contains("'2024-05-02T00:00:00 02:00' is not an ISO-8601 date-time with zone"), message);
        assertTrue(message.contains("RAW("), message);
    }

    @Test
    void aNegativeTopIsSentAndThePbxRefusalSurfaces() {
        // Known gap: the catalog does not carry the spec's "minimum: 0", so the component cannot refuse it itself.
        pbx.enqueue(Reply.json(400, "{\"error\":{\"code\":\"400\",\"message\":\"Invalid value for $top\"}}"));
        Exchange e = template.request("threecx:users/listUser?top=-1", x -> {
        });
        assertEquals("$top=-1", pbx.singleApiRequest().rawQuery());
        io.camel3cx.component.ThreeCxException failure = assertInstanceOf(io.camel3cx.component.ThreeCxException.class,
                e.getException());
        assertEquals(400, failure.getStatusCode());
        assertTrue(failure.getMessage().contains("Invalid value for $top"), failure.getMessage());
    }

    @Test
    void anAbsurdExponentIsRefusedInsteadOfExpandedToAGigabyteOfDigits() {
        // 20.0.6 keys active calls by a double; "1e999999999" written plainly would be a billion characters.
        for (String huge : List.of("1e999999999", "-1e400", "1e-999999999")) {
            String message = uriFailure("threecx:activeCalls/dropCall?apiVersion=20.0.6&id=" + huge);
            assertTrue(message.contains("option 'id' (path parameter Id) expects a number"), message);
            assertTrue(message.contains("'" + huge + "'"), message);
        }
    }

    @Test
    void ordinaryDoublesStayExact() {
        pbx.respond(r -> Reply.json(200, "{}"));
        call("threecx:activeCalls/dropCall?apiVersion=20.0.6&id=42", null);
        call("threecx:activeCalls/dropCall?apiVersion=20.0.6&id=1.7976931348623157e308", null);
        call("threecx:activeCalls/dropCall?apiVersion=20.0.6&id=4.9e-324", null);
        List<String> paths = pbx.apiRequests().stream().map(Recorded::rawPath).toList();
        assertEquals("/xapi/v1/ActiveCalls(42)/Pbx.DropCall", paths.get(0));
        assertTrue(paths.get(1).startsWith("/xapi/v1/ActiveCalls(179769313486231570000"), paths.get(1));
        assertTrue(paths.get(2).startsWith("/xapi/v1/ActiveCalls(0.000000"), paths.get(2));
    }

    // ---- awkward strings at each place a value travels

    @Test
    void anAwkwardStringInAPathLiteral() {
        pbx.respond(r -> Reply.json(200, "{}"));
        template.request("threecx:users/getPhoneRegistrar", x -> x.getIn().setHeader("CamelThreeCx.mac", AWKWARD));
        assertEquals("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='O''Neil%20100%25%20a%2Bb%20%231%20why%3F%20a%2Fb%20c%5Cd"
                + "%20e%0Af%20g%00h%20%F0%9F%98%80')", pbx.singleApiRequest().rawPath());
    }

    @Test
    void anAwkwardStringInAQueryOption() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        template.request("threecx:users/listUser", x -> x.getIn().setHeader("CamelThreeCx.filter", AWKWARD));
        assertEquals("$filter=O'Neil%20100%25%20a%2Bb%20%231%20why?%20a/b%20c%5Cd%20e%0Af%20g%00h%20%F0%9F%98%80",
                pbx.singleApiRequest().rawQuery());
    }

    @Test
    void anAwkwardStringInABodyProperty() throws Exception {
        template.request("threecx:users/reprovisionPhone", x -> x.getIn().setHeader("CamelThreeCx.mac", AWKWARD));
        Map<?, ?> sent = new ObjectMapper().readValue(pbx.singleApiRequest().body(), Map.class);
        assertEquals(Map.of("mac", AWKWARD), sent);
    }

    @Test
    void aHugeStringInABodyPropertyArrivesWhole() throws Exception {
        String huge = "x".repeat(2_000_000) + EMOJI;
        template.request("threecx:users/reprovisionPhone", x -> x.getIn().setHeader("CamelThreeCx.mac", huge));
        Map<?, ?> sent = new ObjectMapper().readValue(pbx.singleApiRequest().body(), Map.class);
        assertEquals(huge, sent.get("mac"));
    }

    @Test
    void aHugeStringInThePathIsSentOrRefusedByThePbxButNeverCut() {
        String huge = "a".repeat(20_000);
        Exchange e = template.request("threecx:users/getPhoneRegistrar", x -> x.getIn().setHeader("CamelThreeCx.mac", huge));
        if (e.getException() == null) {
            assertEquals("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='" + huge + "')", pbx.singleApiRequest().rawPath());
        } else {
            // the test server may refuse a 20 kB request line: then it is a failure, never a silent success
            assertTrue(pbx.apiRequests().isEmpty() || pbx.singleApiRequest().rawPath().contains(huge));
        }
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanSentAsQuestionMark() {
        String broken = "ab\uD83Dcd";
        OperationInputException path = headerFailure("threecx:users/getPhoneRegistrar", "mac", broken);
        assertTrue(path.getMessage().contains("unpaired surrogate"), path.getMessage());
        OperationInputException body = headerFailure("threecx:users/reprovisionPhone", "mac", broken);
        assertTrue(body.getMessage().contains("unpaired surrogate"), body.getMessage());
    }

    static Stream<Arguments> headerInjections() {
        return Stream.of(Arguments.of("*\r\nX-Evil: 1", "U+000D"), Arguments.of("W/\"1\"\nX: y", "U+000A"),
                Arguments.of("a\u0000b", "U+0000"), Arguments.of("etag-" + EMOJI, "U+1F600"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("headerInjections")
    void aHeaderValueWithControlOrNonAsciiCharactersIsRefused(String value, String named) {
        OperationInputException failure = headerFailure("threecx:users/deleteUser?id=1", "ifMatch", value);
        assertTrue(failure.getMessage().contains("option 'ifMatch' (header If-Match)"), failure.getMessage());
        assertTrue(failure.getMessage().contains(named), failure.getMessage());
    }

    @Test
    void aPlainIfMatchIsSentAsGiven() {
        call("threecx:users/deleteUser?id=1&ifMatch=RAW(W/\"abc\")", null);
        assertEquals("W/\"abc\"", pbx.singleApiRequest().header("If-Match"));
    }

    // ---- header values of the wrong Java type

    @Test
    void aListForAScalarIsRefused() {
        assertTrue(headerFailure("threecx:users/getUser", "id", List.of(7)).getMessage().contains("not a whole number"));
        assertTrue(headerFailure("threecx:users/getPhoneRegistrar", "mac", List.of("a"))
                .getMessage().contains("is not a single text value"));
    }

    @Test
    void aMapOrBytesForTextAreRefused() {
        assertTrue(headerFailure("threecx:users/getPhoneRegistrar", "mac", Map.of("a", 1))
                .getMessage().contains("is not a single text value"));
        assertTrue(headerFailure("threecx:users/getPhoneRegistrar", "mac", "ab".getBytes(StandardCharsets.UTF_8))
                .getMessage().contains("is not a single text value"));
    }

    record Phone(String mac) {
    }

    @Test
    void anObjectWithoutATextFormIsRefusedNotSentAsItsToString() {
        OperationInputException failure = headerFailure("threecx:users/getPhoneRegistrar", "mac", new Phone("00"));
        assertTrue(failure.getMessage().contains("is not a single text value"), failure.getMessage());
        assertFalse(failure.getMessage().contains("is required"), failure.getMessage());
    }

    @Test
    void anOptionalIsUnwrapped() {
        pbx.respond(r -> Reply.json(200, "{}"));
        call("threecx:users/getPhoneRegistrar?mac=uri", null);
        template.request("threecx:users/getPhoneRegistrar", x -> x.getIn().setHeader("CamelThreeCx.mac", Optional.of("0011")));
        template.request("threecx:users/getUser", x -> x.getIn().setHeader("CamelThreeCx.id", Optional.of(7)));
        List<String> paths = pbx.apiRequests().stream().map(Recorded::rawPath).toList();
        assertEquals(List.of("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='uri')", "/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='0011')",
                "/xapi/v1/Users(7)"), paths);
    }

    @Test
    void anEmptyOptionalIsNoValue() {
        Exchange e = template.request("threecx:users/getPhoneRegistrar",
                x -> x.getIn().setHeader("CamelThreeCx.mac", Optional.empty()));
        expectNothingSent = true;
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException());
        assertTrue(failure.getMessage().contains("option 'mac' (path parameter mac) is required"), failure.getMessage());
    }

    enum Mac {
        AABBCCDDEEFF
    }

    @Test
    void javaScalarsOfOtherTypesConvertExactly() {
        pbx.respond(r -> Reply.json(200, "{}"));
        template.request("threecx:users/getPhoneRegistrar", x -> x.getIn().setHeader("CamelThreeCx.mac", Mac.AABBCCDDEEFF));
        template.request("threecx:users/getPhoneRegistrar", x -> x.getIn().setHeader("CamelThreeCx.mac", new StringBuilder("sb")));
        template.request("threecx:users/getUser", x -> x.getIn().setHeader("CamelThreeCx.id", new AtomicLong(9)));
        template.request("threecx:users/getUser", x -> x.getIn().setHeader("CamelThreeCx.id", new BigDecimal("10.00")));
        template.request("threecx:users/getUser", x -> x.getIn().setHeader("CamelThreeCx.id", 11.0d));
        List<String> paths = pbx.apiRequests().stream().map(Recorded::rawPath).toList();
        assertEquals(List.of("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='AABBCCDDEEFF')",
                "/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='sb')", "/xapi/v1/Users(9)", "/xapi/v1/Users(10)",
                "/xapi/v1/Users(11)"), paths);
    }

    @Test
    void wrongScalarsForNumbersAreRefused() {
        assertTrue(headerFailure("threecx:users/getUser", "id", 7.5d).getMessage().contains("not a whole number"));
        assertTrue(headerFailure("threecx:users/getUser", "id", Double.NaN).getMessage().contains("not a"));
        assertTrue(headerFailure("threecx:users/getUser", "id", 1L << 40).getMessage().contains("out of the int32 range"));
        assertTrue(headerFailure("threecx:users/getUser", "id", Boolean.TRUE).getMessage().contains("not a whole number"));
        assertTrue(headerFailure("threecx:users/getUser", "id", Mac.AABBCCDDEEFF).getMessage().contains("not a whole number"));
    }

    @Test
    void aNullHeaderFallsBackToTheUriValue() {
        pbx.respond(r -> Reply.json(200, "{}"));
        Exchange e = template.request("threecx:users/getUser?id=3", x -> x.getIn().setHeader("CamelThreeCx.id", null));
        assertNull(e.getException());
        assertEquals("/xapi/v1/Users(3)", pbx.singleApiRequest().rawPath());
    }
}

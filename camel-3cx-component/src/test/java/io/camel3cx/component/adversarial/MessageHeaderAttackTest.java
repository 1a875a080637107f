package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.OperationInputException;
import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.component.ThreeCxConstants;
import io.camel3cx.component.ThreeCxException;
import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * {@code CamelThreeCx.*} headers in and out: odd names on the way in, and what the component leaves on a message
 * that travels through several threecx steps of one route (the same exchange, as in
 * {@code .to(a).to(b)}); raw mode and throwExceptionOnFailure=false together with failures.
 */
class MessageHeaderAttackTest extends ThreeCxTestSupport {

    private static final String NOT_FOUND = "{\"error\":{\"code\":\"NotFound\",\"message\":\"No user 9\"}}";

    /** Sends one exchange through several endpoints in turn, like one route with several to(...) steps. */
    private Exchange route(String... uris) {
        Exchange exchange = new DefaultExchange(context);
        for (String uri : uris) {
            exchange = template.send(uri, exchange);
        }
        return exchange;
    }

    // ---- names

    @Test
    void headerNamesMatchWhateverTheirCase() {
        pbx.respond(r -> Reply.json(200, "{}"));
        template.request("threecx:users/getPhoneRegistrar", x -> x.getIn().setHeader("camelthreecx.MAC", "aa"));
        template.request("threecx:users/getUser", x -> x.getIn().setHeader("CAMELTHREECX.ID", 4));
        assertEquals(List.of("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='aa')", "/xapi/v1/Users(4)"),
                pbx.apiRequests().stream().map(Recorded::rawPath).toList());
    }

    @Test
    void aMisspelledOptionHeaderIsRefusedNotSilentlyIgnored() {
        // In the URI, filter misspelled fails naming 'filter'. As a header it is dropped and the call goes out
        // without any filter: a listUser (or a bulk operation) over everything instead of the intended subset.
        // 'fitler' is no option of any operation, so it cannot be a header left over from an earlier step.
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        Exchange e = template.request("threecx:users/listUser",
                x -> x.getIn().setHeader("CamelThreeCx.fitler", "Number eq '100'"));
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException(),
                () -> "expected a refusal naming header CamelThreeCx.fitler, got " + e.getException() + "; sent "
                        + pbx.apiRequests());
        assertTrue(failure.getMessage().contains("CamelThreeCx.fitler"), failure.getMessage());
        assertTrue(failure.getMessage().contains("filter"), failure.getMessage());
        assertTrue(pbx.apiRequests().isEmpty());
    }

    // ---- what one step leaves for the next

    @Test
    void theErrorHeadersOfAFailedStepDoNotSurviveALaterSuccessfulStep() {
        pbx.enqueue(Reply.json(404, NOT_FOUND), Reply.json(200, "{\"Id\":2}"));
        Exchange e = route("threecx:users/getUser?id=9&throwExceptionOnFailure=false",
                "threecx:users/getUser?id=2&throwExceptionOnFailure=false");
        assertNull(e.getException());
        assertEquals(200, e.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertEquals(Map.of("Id", 2), e.getMessage().getBody());
        // A route that checks "ErrorCode != null" after the second step must not see the first step's error.
        assertNull(e.getMessage().getHeader(ThreeCxConstants.ERROR_CODE), "stale CamelThreeCx.ErrorCode");
        assertNull(e.getMessage().getHeader(ThreeCxConstants.ERROR_MESSAGE), "stale CamelThreeCx.ErrorMessage");
    }

    @Test
    void theCountOfAnEarlierStepDoesNotSurviveAFailedStep() {
        pbx.enqueue(Reply.json(200, "{\"@odata.count\":66,\"value\":[]}"),
                Reply.json(500, "{\"error\":{\"code\":\"500\",\"message\":\"boom\"}}"));
        Exchange e = route("threecx:users/listUser?count=true&top=0",
                "threecx:users/listUser?count=true&top=0&throwExceptionOnFailure=false");
        assertEquals(500, e.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertNull(e.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT),
                "the failed listUser carries the count of the previous one");
    }

    @Test
    void theCountIsClearedByASuccessThatCarriesNone() {
        pbx.enqueue(Reply.json(200, "{\"@odata.count\":66,\"value\":[]}"), Reply.json(200, "{\"value\":[]}"));
        Exchange e = route("threecx:users/listUser?count=true&top=0", "threecx:users/listUser?top=0");
        assertNull(e.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT));
    }

    // ---- raw mode with failures

    @Test
    void rawModeDoesNotTurnMalformedJsonIntoAResult() {
        // Without raw, a 200 whose JSON does not parse is a ThreeCxException "whatever throwExceptionOnFailure says":
        // it is no answer to take for data. raw only changes the form of a good answer.
        pbx.enqueue(Reply.json(200, "{\"value\":[{\"Id\":1},"));
        Exchange e = template.request("threecx:users/listUser?raw=true", x -> {
        });
        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException(),
                () -> "raw=true returned the cut-off JSON as a result: " + e.getMessage().getBody());
        assertEquals(200, failure.getStatusCode());
    }

    @Test
    void rawModeWithoutThrowingKeepsTheErrorAsTheTextThePbxSent() {
        // raw: "the message body is the response JSON text exactly as the PBX returned it instead of a Map".
        pbx.enqueue(Reply.json(404, NOT_FOUND));
        Exchange e = template.request("threecx:users/getUser?id=9&raw=true&throwExceptionOnFailure=false", x -> {
        });
        assertNull(e.getException());
        assertEquals(NOT_FOUND, e.getMessage().getBody(), "body is " + e.getMessage().getBody().getClass().getName());
        assertEquals("NotFound", e.getMessage().getHeader(ThreeCxConstants.ERROR_CODE));
    }

    @Test
    void rawModeStillReportsTheCount() {
        // The count header is documented as "when the PBX sent it (request it with count=true)"; raw is about the
        // body only, and a raw pager has no other way to learn the total than parsing the text itself.
        pbx.enqueue(Reply.json(200, "{\"@odata.count\":66,\"value\":[]}"));
        Exchange e = template.request("threecx:users/listUser?count=true&top=0&raw=true", x -> {
        });
        assertEquals("{\"@odata.count\":66,\"value\":[]}", e.getMessage().getBody());
        assertEquals(66L, e.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT));
    }

    @Test
    void rawModeRefusesAnEmpty200AndAnHtmlPageLikeTheMappedMode() {
        pbx.enqueue(Reply.json(200, ""), new Reply(200, "text/html", "<html>login</html>"));
        Exchange empty = template.request("threecx:users/getUser?id=1&raw=true", x -> {
        });
        Exchange html = template.request("threecx:users/getUser?id=1&raw=true", x -> {
        });
        assertInstanceOf(ThreeCxException.class, empty.getException());
        assertInstanceOf(ThreeCxException.class, html.getException());
    }

    // ---- throwExceptionOnFailure=false where there is no PBX answer to put on the message

    @Test
    void withoutThrowingATokenRefusalIsStillAnException() {
        pbx.enqueueTokenReplies(Reply.json(400, "{\"error\":\"invalid_client\"}"));
        Exchange e = template.request("threecx:users/getUser?id=1&throwExceptionOnFailure=false", x -> {
        });
        ThreeCxAuthenticationException failure = assertInstanceOf(ThreeCxAuthenticationException.class, e.getException());
        assertEquals("invalid_client", failure.getError());
        assertTrue(pbx.apiRequests().isEmpty());
    }

    @Test
    void withoutThrowingA401AfterTheReplayIsTheMessageAfterExactlyTwoRequests() {
        pbx.enqueue(Reply.json(401, ""), Reply.json(401, ""));
        Exchange e = template.request("threecx:users/getUser?id=1&throwExceptionOnFailure=false", x -> {
        });
        assertNull(e.getException());
        assertEquals(401, e.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertEquals(2, pbx.apiRequests().size());
        assertEquals(2, pbx.tokenRequests().size());
    }

    @Test
    void aHugeFilterDoesNotMakeTheExceptionMessageHuge() {
        // The response body is cut to 300 characters in the message; the request's path and query are not, so a
        // 200,000-character filter becomes a 200,000-character exception message in every log line that shows it.
        pbx.respond(r -> Reply.json(400, "{\"error\":{\"code\":\"400\",\"message\":\"filter too long\"}}"));
        String huge = "Number eq '" + "9".repeat(200_000) + "'";
        Exchange e = template.request("threecx:users/listUser", x -> x.getIn().setHeader("CamelThreeCx.filter", huge));
        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertTrue(failure.getMessage().contains("filter too long"), failure.getMessage().substring(0, 200));
        assertTrue(failure.getMessage().length() < 5_000, "message of " + failure.getMessage().length() + " characters");
    }
}

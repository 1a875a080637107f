package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;
import io.camel3cx.http.ODataError;

class ErrorHandlingTest extends ThreeCxTestSupport {

    private static final String DUPLICATE = "{\"error\":{\"code\":\"400\",\"message\":\"Number: WARNINGS.XAPI.ALREADY_IN_USE\","
            + "\"details\":[{\"code\":\"400\",\"message\":\"WARNINGS.XAPI.ALREADY_IN_USE\",\"target\":\"Number\"}]}}";

    @Test
    void anODataErrorBecomesAThreeCxExceptionWithItsParts() {
        pbx.enqueue(Reply.json(400, DUPLICATE));

        Exchange e = template.request("threecx:users/createUser", x -> x.getIn().setBody(Map.of("Number", "100")));

        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertEquals(400, failure.getStatusCode());
        assertEquals("users/createUser", failure.getOperationKey());
        assertEquals("POST", failure.getMethod());
        assertEquals("/Users", failure.getPath());
        assertEquals("400", failure.getErrorCode());
        assertEquals("Number: WARNINGS.XAPI.ALREADY_IN_USE", failure.getErrorMessage());
        assertEquals(List.of(new ODataError.Detail("400", "WARNINGS.XAPI.ALREADY_IN_USE", "Number")), failure.getDetails());
        assertEquals(DUPLICATE, failure.getResponseBody());
        assertEquals("3CX users/createUser failed: POST /Users answered HTTP 400: [400] Number:"
                + " WARNINGS.XAPI.ALREADY_IN_USE", failure.getMessage());
        assertFalse(failure.getMessage().contains("token-1"));
        assertFalse(failure.getMessage().contains(CLIENT_SECRET));
    }

    @Test
    void aNonODataErrorKeepsItsTextInTheException() {
        pbx.enqueue(new Reply(502, "text/html", "<html>Bad gateway</html>"));

        Exchange e = template.request("threecx:users/getUser?id=7", x -> {
        });

        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertEquals(502, failure.getStatusCode());
        assertEquals("/Users(7)", failure.getPath());
        assertNull(failure.getErrorCode());
        assertEquals("<html>Bad gateway</html>", failure.getResponseBody());
        assertTrue(failure.getMessage().endsWith("answered HTTP 502: <html>Bad gateway</html>"), failure.getMessage());
    }

    @Test
    void withoutThrowingTheMessageCarriesStatusAndParsedError() {
        pbx.enqueue(Reply.json(404, "{\"error\":{\"code\":\"404\",\"message\":\"Not found\"}}"));

        Exchange e = template.request("threecx:users/getUser?id=7&throwExceptionOnFailure=false", x -> {
        });

        assertNull(e.getException());
        assertEquals(404, e.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertEquals("404", e.getMessage().getHeader(ThreeCxConstants.ERROR_CODE));
        assertEquals("Not found", e.getMessage().getHeader(ThreeCxConstants.ERROR_MESSAGE));
        assertEquals(Map.of("error", Map.of("code", "404", "message", "Not found")), e.getMessage().getBody());
        assertEquals("users/getUser", e.getMessage().getHeader(ThreeCxConstants.OPERATION));
    }

    @Test
    void aRetryableStatusIsNotRetriedBehindTheRoutesBack() {
        // HttpClient would repeat an idempotent GET after 503 + Retry-After on its own; the route decides instead.
        pbx.enqueue(new Reply(503, "application/json", "{\"error\":{\"code\":\"503\",\"message\":\"busy\"}}"),
                Reply.json(200, "{\"Id\":7}"));

        Exchange e = template.request("threecx:users/getUser?id=7", x -> {
        });

        ThreeCxException failure = assertInstanceOf(ThreeCxException.class, e.getException());
        assertEquals(503, failure.getStatusCode());
        assertEquals(1, pbx.apiRequests().size());
    }
}

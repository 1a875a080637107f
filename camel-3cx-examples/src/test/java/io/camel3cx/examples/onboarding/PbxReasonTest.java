package io.camel3cx.examples.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.camel3cx.component.ThreeCxException;
import io.camel3cx.http.ODataError;

class PbxReasonTest {

    @Test
    void aValidationFailureIsItsWarningAndTarget() {
        ODataError error = new ODataError("", "EmailAddress:\nWARNINGS.XAPI.ALREADY_IN_USE", null,
                List.of(new ODataError.Detail("", "WARNINGS.XAPI.ALREADY_IN_USE", "EmailAddress")));

        assertEquals("WARNINGS.XAPI.ALREADY_IN_USE (EmailAddress)", PbxReason.of(failure(400, error)));
    }

    @Test
    void severalDetailsAreAllNamedAndADetailCodeWinsOverItsMessage() {
        ODataError error = new ODataError("", "two problems", null, List.of(
                new ODataError.Detail("", "WARNINGS.XAPI.REQUIRED", "Number"),
                new ODataError.Detail("E42", "ignored text", null)));

        assertEquals("WARNINGS.XAPI.REQUIRED (Number); E42", PbxReason.of(failure(400, error)));
    }

    @Test
    void withoutDetailsTheCodeAndMessageOnOneLine() {
        assertEquals("NotFound: No user\nwith Id 7".replace("\n", " "),
                PbxReason.of(failure(404, new ODataError("NotFound", "No user\nwith Id 7", null, List.of()))));
        assertEquals("Forbidden", PbxReason.of(failure(403, new ODataError(null, "Forbidden", null, List.of()))));
    }

    @Test
    void withoutAnODataErrorTheStatusAndCall() {
        assertEquals("HTTP 502 from POST /Users", PbxReason.of(failure(502, null)));
    }

    private static ThreeCxException failure(int status, ODataError error) {
        return new ThreeCxException("3CX users/createUser failed", status, "users/createUser", "POST", "/Users", error,
                "");
    }
}

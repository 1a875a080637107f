package io.camel3cx.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ODataErrorTest {

    @Test
    void parsesCodeMessageAndDetails() {
        ODataError e = ODataError.parse(("{\"error\":{\"code\":\"400\",\"message\":\"Number: WARNINGS.XAPI.ALREADY_IN_USE\","
                + "\"details\":[{\"code\":\"400\",\"message\":\"WARNINGS.XAPI.ALREADY_IN_USE\",\"target\":\"Number\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("400", e.code());
        assertEquals("Number: WARNINGS.XAPI.ALREADY_IN_USE", e.message());
        assertEquals(List.of(new ODataError.Detail("400", "WARNINGS.XAPI.ALREADY_IN_USE", "Number")), e.details());
        assertEquals("[400] Number: WARNINGS.XAPI.ALREADY_IN_USE", e.summary(), "a detail the message states is not repeated");
    }

    @Test
    void theSummaryOfA3cxValidationErrorIsOneLineWithoutAnEmptyCode() {
        ODataError e = ODataError.parse(("{\"error\":{\"code\":\"\",\"message\":\"mac:\\nWARNINGS.XAPI.INVALID_MAC\","
                + "\"details\":[{\"code\":\"\",\"message\":\"WARNINGS.XAPI.INVALID_MAC\",\"target\":\"mac\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("", e.code());
        assertEquals("mac:\nWARNINGS.XAPI.INVALID_MAC", e.message(), "the parts stay as the PBX sent them");
        assertEquals("mac: WARNINGS.XAPI.INVALID_MAC", e.summary());
    }

    @Test
    void detailsTheMessageDoesNotStateAreListed() {
        ODataError e = ODataError.parse(("{\"error\":{\"code\":\"\",\"message\":\"Validation failed\","
                + "\"details\":[{\"code\":\"\",\"message\":\"WARNINGS.XAPI.ALREADY_IN_USE\",\"target\":\"Number\"},"
                + "{\"code\":\"REQUIRED\",\"target\":\"EmailAddress\"}]}}").getBytes(StandardCharsets.UTF_8));
        assertEquals("Validation failed; Number: WARNINGS.XAPI.ALREADY_IN_USE; EmailAddress: REQUIRED", e.summary());
    }

    @Test
    void otherBodiesAreNoODataError() {
        assertNull(ODataError.parse("<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8)));
        assertNull(ODataError.parse("{\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertNull(ODataError.parse(new byte[0]));
    }
}

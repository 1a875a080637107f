package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import io.camel3cx.component.OperationInputException;
import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * Header values of Java types a route really holds (JDBC dates from camel-sql, Jackson nodes from camel-jackson,
 * sets and arrays for list options, huge BigDecimals): each either arrives exactly as meant, or fails before
 * anything is sent with an {@link OperationInputException} that names the option.
 */
class HeaderValueAttackTest extends ThreeCxTestSupport {

    private static final String GET_LOGS = "threecx:activityLog/getLogs?endDate=2024-05-02T00:00:00Z";

    private Exchange withHeader(String uri, String option, Object value) {
        return template.request(uri, x -> x.getIn().setHeader("CamelThreeCx." + option, value));
    }

    /** Either the value was sent, or it failed as bad input naming the option, with nothing sent. */
    private void sentOrNamed(Exchange e, String option) {
        if (e.getException() != null) {
            OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException(),
                    () -> "expected an OperationInputException naming '" + option + "', got " + e.getException());
            assertEquals(option, failure.getOption());
            assertEquals(List.of(), pbx.apiRequests());
            assertEquals(List.of(), pbx.tokenRequests());
        }
    }

    // ---- date-time parameters fed JDBC types (camel-sql hands routes java.sql.Date / Time / Timestamp)

    @Test
    void aJavaSqlDateForADateTimeParameterIsTakenOrNamedNotAnUnsupportedOperationException() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        Exchange e = withHeader(GET_LOGS, "startDate", java.sql.Date.valueOf("2024-05-01"));
        // java.sql.Date.toInstant() throws UnsupportedOperationException: it must not escape as such.
        sentOrNamed(e, "startDate");
        if (e.getException() == null) {
            assertTrue(pbx.singleApiRequest().rawPath().contains("startDate=2024-05-01T00:00:00Z"),
                    pbx.singleApiRequest().rawPath());
        }
    }

    @Test
    void aJavaSqlTimeForADateTimeParameterIsNamedNotAnUnsupportedOperationException() {
        Exchange e = withHeader(GET_LOGS, "startDate", java.sql.Time.valueOf("08:30:00"));
        sentOrNamed(e, "startDate");
    }

    @Test
    void aJavaSqlTimestampIsAnInstant() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        Instant at = Instant.parse("2024-05-01T08:30:00Z");
        Exchange e = withHeader(GET_LOGS, "startDate", java.sql.Timestamp.from(at));
        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        assertTrue(pbx.singleApiRequest().rawPath().contains("startDate=2024-05-01T08:30:00Z,"),
                pbx.singleApiRequest().rawPath());
    }

    @Test
    void javaTimeAndLegacyDateObjectsKeepTheirInstantAndOffset() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        Instant at = Instant.parse("2024-05-01T08:30:00Z");
        Calendar paris = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
        paris.setTime(Date.from(at));
        List<Object> values = List.of(at, OffsetDateTime.of(2024, 5, 1, 10, 30, 0, 0, ZoneOffset.ofHours(2)),
                ZonedDateTime.ofInstant(at, ZoneId.of("America/New_York")), Date.from(at), paris,
                Instant.parse("2024-05-01T08:30:00.250Z"));
        for (Object v : values) {
            Exchange e = withHeader(GET_LOGS, "startDate", v);
            assertNull(e.getException(), () -> v.getClass() + ": " + e.getException());
        }
        List<String> starts = pbx.apiRequests().stream().map(Recorded::rawPath)
                .map(p -> p.substring(p.indexOf("startDate=") + 10, p.indexOf(",endDate"))).toList();
        assertEquals(List.of("2024-05-01T08:30:00Z", "2024-05-01T10:30:00%2B02:00", "2024-05-01T04:30:00-04:00",
                "2024-05-01T08:30:00Z", "2024-05-01T08:30:00Z", "2024-05-01T08:30:00.25Z"), starts);
    }

    // ---- UUIDs

    @Test
    void aUuidObjectIsBareInAPathAndAStringWhereTextIsDeclared() {
        pbx.respond(r -> Reply.json(200, "{}"));
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertNull(withHeader("threecx:oAuthClients/getOAuthClient", "id", id).getException());
        assertNull(withHeader("threecx:users/getPhoneRegistrar", "mac", id).getException());
        assertEquals(List.of("/xapi/v1/OAuthClients(123e4567-e89b-12d3-a456-426614174000)",
                "/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='123e4567-e89b-12d3-a456-426614174000')"),
                pbx.apiRequests().stream().map(Recorded::rawPath).toList());
    }

    // ---- list options (select, orderBy, expand)

    @Test
    void aSetAnArrayAndACommaTextAllGiveTheSameSelect() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        withHeader("threecx:users/listUser", "select", new LinkedHashSet<>(List.of("Id", "Number")));
        withHeader("threecx:users/listUser", "select", new String[] { "Id", "Number" });
        withHeader("threecx:users/listUser", "select", " Id , Number ");
        withHeader("threecx:users/listUser", "select", List.of("Id", "Number"));
        assertEquals(List.of("$select=Id,Number", "$select=Id,Number", "$select=Id,Number", "$select=Id,Number"),
                pbx.apiRequests().stream().map(Recorded::rawQuery).toList());
    }

    @Test
    void anEmptyListForSelectIsNotSentAsAnEmptySelect() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        // "$select=" asks the PBX for nothing it can answer; either the option is left out or the input is refused.
        for (Object empty : new Object[] { List.of(), new String[0], "", " , " }) {
            pbx.reset();
            pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
            Exchange e = withHeader("threecx:users/listUser?top=1", "select", empty);
            sentOrNamed(e, "select");
            if (e.getException() == null) {
                assertEquals("$top=1", pbx.singleApiRequest().rawQuery(), "for " + empty.getClass().getSimpleName());
            }
        }
    }

    @Test
    void aBlankElementInASelectListIsNotSentAsATrailingComma() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        Exchange e = withHeader("threecx:users/listUser", "select", List.of("Id", " "));
        sentOrNamed(e, "select");
        if (e.getException() == null) {
            assertEquals("$select=Id", pbx.singleApiRequest().rawQuery());
        }
    }

    @Test
    void aJacksonArrayNodeForSelectIsAListLikeAnyOther() {
        // camel-jackson hands routes JsonNodes; an ArrayNode is a list of text values.
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        Exchange e = withHeader("threecx:users/listUser", "select",
                JsonNodeFactory.instance.arrayNode().add("Id").add("Number"));
        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        assertEquals("$select=Id,Number", pbx.singleApiRequest().rawQuery());
    }

    // ---- booleans

    @Test
    void aJacksonTextNodeTrueIsTrueForABoolean() {
        // TextNode("true") is accepted for text, UUID and date-time options; for a boolean its quoted toString()
        // "\"true\"" is compared, and the error calls the value "true" neither true nor false.
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));
        Exchange e = withHeader("threecx:users/listUser", "count", TextNode.valueOf("true"));
        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        assertEquals("$count=true", pbx.singleApiRequest().rawQuery());
    }

    // ---- BigDecimal where text is declared

    @Test
    void anAbsurdBigDecimalForATextOptionIsRefusedNotExpandedToHundredsOfMegabytes() {
        // The double-typed options refuse 1e999999999; a text option writes BigDecimal.toPlainString(), which for
        // 1E+100000000 is 100 million digits, built in memory and put in the URL.
        BigDecimal huge = new BigDecimal("1E+100000000");
        Exchange e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> withHeader("threecx:users/getPhoneRegistrar", "mac", huge));
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException(),
                () -> "expected a refusal, got " + (e.getException() == null ? "success" : e.getException().getClass().getName()
                        + " (" + String.valueOf(e.getException().getMessage()).length() + " characters of message)") + " after sending "
                        + pbx.apiRequests().stream().map(r -> r.rawPath().length() + " characters of path").toList());
        assertEquals("mac", failure.getOption());
        assertTrue(pbx.apiRequests().isEmpty());
    }

    @Test
    void anOrdinaryBigDecimalForATextOptionIsItsPlainForm() {
        pbx.respond(r -> Reply.json(200, "{}"));
        assertNull(withHeader("threecx:users/getPhoneRegistrar", "mac", new BigDecimal("1E+3")).getException());
        assertEquals("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='1000')", pbx.singleApiRequest().rawPath());
    }
}

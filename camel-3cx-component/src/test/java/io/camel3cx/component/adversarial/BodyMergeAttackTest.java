package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.camel3cx.component.OperationInputException;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * An action's parameters from two sources at once, the message body and options/headers: the merge must not send
 * the PBX two spellings of one parameter, and a parameter taken from the body is held to the same type rules as
 * the same parameter given as an option.
 */
class BodyMergeAttackTest extends ThreeCxTestSupport {

    private Exchange send(String uri, Object body, String header, Object value) {
        return template.request(uri, x -> {
            x.getIn().setBody(body);
            if (header != null) {
                x.getIn().setHeader("CamelThreeCx." + header, value);
            }
        });
    }

    private Map<?, ?> sentJson() throws IOException {
        return new ObjectMapper().readValue(pbx.singleApiRequest().body(), Map.class);
    }

    private OperationInputException refused(Exchange e, String option) {
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException(),
                () -> "expected a refusal naming '" + option + "', got " + e.getException() + "; sent "
                        + pbx.apiRequests().stream().map(r -> r.bodyText()).toList());
        assertEquals(option, failure.getOption());
        assertEquals(List.of(), pbx.apiRequests());
        return failure;
    }

    @Test
    void aBodyPropertyInAnotherCaseAndTheOptionAreNotBothSent() throws IOException {
        // The existing rule treats {"MAC":...} as *not* the mac parameter (it is reported missing). Together with
        // the option, the PBX gets {"MAC":"FROM_BODY","mac":"FROM_HEADER"}: two spellings of one parameter, and
        // which one a case-insensitive server binds is up to it.
        Exchange e = send("threecx:users/reprovisionPhone", Map.of("MAC", "FROM_BODY"), "mac", "FROM_HEADER");
        if (e.getException() != null) {
            refused(e, "mac");
            return;
        }
        Map<?, ?> sent = sentJson();
        assertEquals(Map.of("mac", "FROM_HEADER"), sent, "both spellings went out: " + sent);
    }

    @Test
    void aNumberParameterFromTheBodyIsCheckedLikeTheSameParameterAsAnOption() {
        // backups/restore: footprint (int64), password (text). As option, footprint=abc is refused naming it.
        Exchange asOption = send("threecx:backups/restore?fileName=a.zip&password=p", null, "footprint", "abc");
        refused(asOption, "footprint");

        Exchange fromBody = send("threecx:backups/restore?fileName=a.zip",
                "{\"footprint\":\"abc\",\"password\":\"p\"}", null, null);
        OperationInputException failure = refused(fromBody, "footprint");
        assertTrue(failure.getMessage().contains("int64"), failure.getMessage());
    }

    @Test
    void aFractionalNumberFromTheBodyForAnInt64ParameterIsRefused() {
        Exchange fromBody = send("threecx:backups/restore?fileName=a.zip", Map.of("footprint", 1.5, "password", "p"),
                null, null);
        refused(fromBody, "footprint");
    }

    @Test
    void aTextParameterFromTheBodyThatIsAnObjectIsRefused() {
        // mac as an option must be "a single text value"; in the body {"mac":{"a":1}} goes out unchecked.
        Exchange fromBody = send("threecx:users/reprovisionPhone", "{\"mac\":{\"a\":1}}", null, null);
        refused(fromBody, "mac");
    }

    @Test
    void anArrayParameterFromTheBodyThatIsNoArrayIsRefused() {
        // blackListNumbers/bulkNumbersDelete: ids is a JSON array. As option, "1,2" text would be parsed as JSON.
        Exchange fromBody = send("threecx:blackListNumbers/bulkNumbersDelete", "{\"ids\":\"1,2\"}", null, null);
        refused(fromBody, "ids");
    }

    @Test
    void aRightlyTypedParameterFromTheBodyGoesOutAsGiven() throws IOException {
        Exchange e = send("threecx:backups/restore?fileName=a.zip", Map.of("footprint", 12, "password", "p"), null, null);
        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        assertEquals(Map.of("footprint", 12, "password", "p"), sentJson());
    }

    @Test
    void anOptionalArrayParameterMayComeAsAListHeaderAndMergesWithTheBody() throws IOException {
        Exchange e = send("threecx:blackListNumbers/bulkNumbersDelete", Map.of("extra", true), "ids", List.of(1, 2));
        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        assertEquals(Map.of("extra", true, "ids", List.of(1, 2)), sentJson());
    }

    @Test
    void aStreamBodyIsReplayedWholeAfterA401() throws IOException {
        // The stream can be read once; the replay after a revoked token must carry the same bytes, not an empty body.
        pbx.respond(r -> io.camel3cx.component.support.RecordingPbx.Reply.json(201, "{\"Id\":5}"));
        call("threecx:users/getUser?id=1", null);
        pbx.revokeActiveToken();
        pbx.reset();
        pbx.respond(r -> io.camel3cx.component.support.RecordingPbx.Reply.json(201, "{\"Id\":5}"));
        byte[] json = "{\"Number\":\"381\",\"FirstName\":\"S\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Exchange e = send("threecx:users/createUser", new java.io.ByteArrayInputStream(json), null, null);
        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        List<String> bodies = pbx.apiRequests().stream().map(r -> r.bodyText()).toList();
        assertEquals(List.of(new String(json, java.nio.charset.StandardCharsets.UTF_8),
                new String(json, java.nio.charset.StandardCharsets.UTF_8)), bodies);
    }
}

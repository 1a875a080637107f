package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.camel3cx.component.OperationInputException;
import io.camel3cx.component.support.RecordingPbx.Recorded;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * Message bodies that cannot be sent fail before anything is sent, saying what is wrong with them; bodies that do
 * not belong on the wire (GET, DELETE) are left out; body options win over the body's own properties.
 */
class BodyAttackTest extends ThreeCxTestSupport {

    private OperationInputException bodyFailure(String uri, Object body) {
        Exchange e = template.request(uri, x -> x.getIn().setBody(body));
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException(),
                () -> String.valueOf(e.getException()));
        assertEquals(List.of(), pbx.apiRequests(), "no API request");
        assertEquals(List.of(), pbx.tokenRequests(), "no token request");
        return failure;
    }

    private Map<?, ?> sentJson() throws IOException {
        return new ObjectMapper().readValue(pbx.singleApiRequest().body(), Map.class);
    }

    @Test
    void invalidJsonTextIsNamed() {
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5", "{\"FirstName\": ");
        assertTrue(failure.getMessage().startsWith("3CX users/updateUser: the message body (String) is not valid JSON"),
                failure.getMessage());
        assertNull(failure.getOption());
    }

    @Test
    void trailingTextAfterTheJsonIsNotIgnored() {
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5", "{\"FirstName\":\"Ann\"} {\"x\":1}");
        assertTrue(failure.getMessage().contains("is not valid JSON"), failure.getMessage());
    }

    @Test
    void duplicateKeysAreNotSilentlyDropped() {
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5",
                "{\"FirstName\":\"Ann\",\"FirstName\":\"Bob\"}");
        assertTrue(failure.getMessage().contains("FirstName"), failure.getMessage());
    }

    @Test
    void aJsonArrayWhereAnObjectIsNeededIsNamed() {
        OperationInputException entity = bodyFailure("threecx:users/updateUser?id=5", "[{\"FirstName\":\"Ann\"}]");
        assertEquals("3CX users/updateUser: the message body must be a JSON object (the Pbx.User entity), but it is a"
                + " JSON array (String)", entity.getMessage());
        OperationInputException action = bodyFailure("threecx:users/reprovisionPhone", List.of("001122AABBCC"));
        assertTrue(action.getMessage().contains("must be a JSON object (the action's parameters), but it is a JSON array"),
                action.getMessage());
    }

    @Test
    void aStreamThatFailsToReadIsAReadFailureNotInvalidJson() {
        IOException broken = new IOException("disk on fire");
        InputStream stream = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw broken;
            }
        };
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5", stream);
        assertTrue(failure.getMessage().contains("could not be read"), failure.getMessage());
        assertTrue(failure.getMessage().contains("disk on fire"), failure.getMessage());
        assertFalse(failure.getMessage().contains("not valid JSON"), failure.getMessage());
        assertSame(broken, failure.getCause());
    }

    public static final class ThrowingGetter {
        public String getFirstName() {
            throw new IllegalStateException("lazy proxy not initialised");
        }
    }

    @Test
    void aPojoJacksonCannotSerializeIsNamedAsSuch() {
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5", new ThrowingGetter());
        assertTrue(failure.getMessage().contains("the message body (ThrowingGetter) cannot be converted to JSON"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("lazy proxy not initialised"), failure.getMessage());
    }

    @Test
    void aSelfReferencingMapIsNamed() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("self", loop);
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5", loop);
        assertTrue(failure.getMessage().contains("cannot be converted to JSON"), failure.getMessage());
    }

    static final class NoProperties {
        @SuppressWarnings("unused")
        private final String firstName = "Ann";
    }

    @Test
    void aPojoWithNoVisiblePropertiesIsRefusedNotSentAsAnEmptyObject() {
        // {} would be a PATCH that changes nothing: the route's data would be lost without a word.
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5", new NoProperties());
        assertTrue(failure.getMessage().contains("cannot be converted to JSON"), failure.getMessage());
        assertTrue(failure.getMessage().contains("NoProperties"), failure.getMessage());
    }

    @Test
    void aLoneSurrogateInsideTheBodyTravelsAsAJsonEscapeNotAsQuestionMark() {
        call("threecx:users/updateUser?id=5", Map.of("FirstName", "A\uD800nn"));
        assertEquals("{\"FirstName\":\"A\\uD800nn\"}", pbx.singleApiRequest().bodyText());
    }

    @Test
    void aMapThatContainsItselfAsAnOptionValueIsNamed() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("list", List.of(loop));
        Exchange e = template.request("threecx:users/getPhoneRegistrars", x -> x.getIn().setHeader("CamelThreeCx.macs", List.of(loop)));
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException());
        assertTrue(failure.getMessage().contains("cannot be converted to JSON"), failure.getMessage());
        assertEquals(List.of(), pbx.apiRequests());
    }

    @Test
    void aBodyOnGetOrDeleteIsNeverSent() {
        pbx.respond(r -> io.camel3cx.component.support.RecordingPbx.Reply.json(200, "{}"));
        call("threecx:users/getUser?id=5", "{\"FirstName\":\"Ann\"}");
        call("threecx:users/getUser?id=5", "not even json");
        call("threecx:users/deleteUser?id=5", Map.of("x", 1));
        call("threecx:users/getUser?id=5", new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8)));
        for (Recorded r : pbx.apiRequests()) {
            assertEquals(0, r.body().length, r.toString());
            assertNull(r.header("Content-Type"), r.toString());
        }
        assertEquals(4, pbx.apiRequests().size());
    }

    @Test
    void aBodyPropertyOptionWinsOverTheBodysOwnValue() throws IOException {
        call("threecx:users/reprovisionPhone?mac=FROM_URI", Map.of("mac", "FROM_BODY", "extra", 1));
        assertEquals(Map.of("mac", "FROM_URI", "extra", 1), sentJson());

        pbx.reset();
        template.request("threecx:users/reprovisionPhone?mac=FROM_URI", x -> {
            x.getIn().setBody("{\"mac\":\"FROM_BODY\"}");
            x.getIn().setHeader("CamelThreeCx.mac", "FROM_HEADER");
        });
        assertEquals(Map.of("mac", "FROM_HEADER"), sentJson());
    }

    @Test
    void aRequiredActionPropertyMayComeFromTheBody() throws IOException {
        call("threecx:users/reprovisionPhone", "{\"mac\":\"FROM_BODY\"}");
        assertEquals(Map.of("mac", "FROM_BODY"), sentJson());
    }

    @Test
    void aMissingOrNullRequiredActionPropertyIsNamed() {
        for (Object body : new Object[] { null, "", "{}", "{\"mac\":null}", Map.of("MAC", "wrong case") }) {
            OperationInputException failure = bodyFailure("threecx:users/reprovisionPhone", body);
            assertEquals("mac", failure.getOption(), String.valueOf(body));
            assertTrue(failure.getMessage().contains("option 'mac' (body property mac) is required: set it in the endpoint"
                    + " URI (mac=...), in header CamelThreeCx.mac, or as property 'mac' of a JSON object in the message body"),
                    failure.getMessage());
        }
    }

    @Test
    void aJsonNullEntityIsAnEmptyBody() {
        OperationInputException failure = bodyFailure("threecx:users/updateUser?id=5", "null");
        assertTrue(failure.getMessage().contains("must hold the Pbx.User entity"), failure.getMessage());
    }
}

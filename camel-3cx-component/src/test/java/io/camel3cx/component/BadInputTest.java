package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camel3cx.catalog.UnknownNameException;
import io.camel3cx.component.support.ThreeCxTestSupport;

/** Every wrong input fails with a message that says what would be right, and nothing reaches the PBX. */
class BadInputTest extends ThreeCxTestSupport {

    @AfterEach
    void theServerSawNothing() {
        assertEquals(List.of(), pbx.apiRequests(), "no API request");
        assertEquals(List.of(), pbx.tokenRequests(), "no token request");
    }

    private String endpointFailure(String uri) {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri));
        return e.getCause().getMessage();
    }

    @Test
    void unknownResourceNamesTheClosestOnes() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:user/getUser?id=1"));
        UnknownNameException cause = assertInstanceOf(UnknownNameException.class, e.getCause());
        assertTrue(cause.getSuggestions().contains("users"), cause.getMessage());
        assertTrue(cause.getMessage().contains("Unknown 3CX resource 'user'"), cause.getMessage());
    }

    @Test
    void unknownOperationNamesTheClosestOnes() {
        String message = endpointFailure("threecx:users/reprovisionPhon?mac=1");
        assertTrue(message.contains("Unknown operation 'reprovisionPhon'"), message);
        assertTrue(message.contains("Did you mean: reprovisionPhone"), message);
    }

    @Test
    void unknownOptionNamesTheClosestOperationAndEndpointOptions() {
        String message = endpointFailure("threecx:users/reprovisionPhone?macc=1");
        assertTrue(message.contains("Unknown option 'macc' for 3CX users/reprovisionPhone"), message);
        assertTrue(message.contains("its operation options are: mac"), message);
        assertTrue(message.contains("Did you mean: mac"), message);

        String endpointOption = endpointFailure("threecx:users/reprovisionPhone?mac=1&baseUrll=http://x");
        assertTrue(endpointOption.contains("Did you mean: baseUrl"), endpointOption);
    }

    @Test
    void optionsMatchCaseInsensitively() throws Exception {
        assertTrue(context.getEndpoint("threecx:Users/ReprovisionPhone?MAC=1") instanceof ThreeCxEndpoint);
    }

    @Test
    void aValueOfTheWrongTypeNamesOptionTypeAndValue() {
        String message = endpointFailure("threecx:users/getUser?id=abc");
        assertEquals("3CX users/getUser: option 'id' (path parameter Id) expects a whole number (int32); the value"
                + " from the endpoint URI does not fit: 'abc' is not a whole number", message);
    }

    @Test
    void aWrongHeaderValueFailsTheExchangeBeforeSending() {
        Exchange e = template.request("threecx:users/getUser?id=1", x -> x.getIn().setHeader("CamelThreeCx.id", "x1"));
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException());
        assertEquals("id", failure.getOption());
        assertTrue(failure.getMessage().contains("header CamelThreeCx.id"), failure.getMessage());
    }

    @Test
    void aMissingPathParameterIsNamed() {
        Exchange e = template.request("threecx:users/getUser", x -> {
        });
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException());
        assertEquals("3CX users/getUser: option 'id' (path parameter Id) is required: set it in the endpoint URI"
                + " (id=...) or in header CamelThreeCx.id", failure.getMessage());
    }

    @Test
    void aMissingRequiredBodyPropertyIsNamed() {
        Exchange e = template.request("threecx:users/reprovisionPhone", x -> {
        });
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException());
        assertEquals("mac", failure.getOption());
        assertTrue(failure.getMessage().startsWith("3CX users/reprovisionPhone: option 'mac' (body property mac) is"
                + " required"), failure.getMessage());
    }

    @Test
    void aMissingEntityBodyIsNamed() {
        Exchange e = template.request("threecx:users/updateUser?id=5", x -> {
        });
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException());
        assertTrue(failure.getMessage().contains("must hold the Pbx.User entity"), failure.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIsNamed() {
        Exchange e = template.request("threecx:users/updateUser?id=5", x -> x.getIn().setBody("{not json"));
        OperationInputException failure = assertInstanceOf(OperationInputException.class, e.getException());
        assertTrue(failure.getMessage().contains("is not valid JSON"), failure.getMessage());

        Exchange list = template.request("threecx:users/updateUser?id=5", x -> x.getIn().setBody(List.of(1)));
        assertTrue(list.getException().getMessage().contains("must be a JSON object"), list.getException().getMessage());
    }

    @Test
    void anOperationTheReleaseLacksNamesTheReleasesThatHaveIt() {
        String message = endpointFailure("threecx:users/getCallLog?dn=100&requestId=x");
        assertTrue(message.contains("users/getCallLog is not part of XAPI release 20.0.10"), message);
        assertTrue(message.contains("the releases that have it are 20.0.6, 20.0.7"), message);

        assertTrue(context.hasEndpoint("threecx:users/getCallLog?dn=100&requestId=x") == null);
    }

    @Test
    void anUnknownReleaseListsTheBundledOnes() {
        String message = endpointFailure("threecx:users/reprovisionPhone?mac=1&apiVersion=20.0.11");
        assertTrue(message.contains("bundled releases are 20.0.5, 20.0.6, 20.0.7, 20.0.8, 20.0.9, 20.0.10"), message);
    }

    @Test
    void aBadBaseUrlOrMissingCredentialsAreNamed() {
        assertTrue(endpointFailure("threecx:users/reprovisionPhone?mac=1&baseUrl=pbx.example.com")
                .contains("expected an absolute http(s) URL of the PBX"));
        component.getConfiguration().setClientSecret(null);
        assertTrue(endpointFailure("threecx:users/reprovisionPhone?mac=1").contains("needs clientId and clientSecret"));
    }

    @Test
    void aMalformedPathIsExplained() {
        assertTrue(endpointFailure("threecx:users").contains("threecx:<resource>/<operation>"));
    }
}

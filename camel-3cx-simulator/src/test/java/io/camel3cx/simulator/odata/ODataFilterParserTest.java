package io.camel3cx.simulator.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camel3cx.catalog.XapiCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filter grammar and its evaluation, on one user entity, then its errors. */
class ODataFilterParserTest {

    static final JsonNode USER = read("{\"Id\":7,\"Number\":\"107\",\"FirstName\":\"Anna\",\"LastName\":\"O'Brien\","
            + "\"EmailAddress\":\"anna@example.com\",\"Enabled\":true,\"Mobile\":null,\"PinProtectTimeout\":2.5,"
            + "\"Groups\":[],\"AgentSettings\":{\"Name\":\"x\"}}");

    static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Id eq 7 | true",
        "Id ne 7 | false",
        "Id gt 6 and Id lt 8 | true",
        "Id ge 7 and Id le 7 | true",
        "Id gt 7 or Number eq '107' | true",
        "not (Id eq 7) | false",
        "not Enabled | false",
        "Enabled | true",
        "Enabled eq true | true",
        "Enabled eq false | false",
        "Mobile eq null | true",
        "Mobile ne null | false",
        "Number ne null | true",
        "Mobile gt 'a' | false",
        "LastName eq 'O''Brien' | true",
        "contains(EmailAddress,'@example') | true",
        "startswith(FirstName,'An') | true",
        "endswith(FirstName,'na') | true",
        "endswith(FirstName,'NA') | false",
        "tolower(FirstName) eq 'anna' | true",
        "toupper(FirstName) eq 'ANNA' | true",
        "length(Number) eq 3 | true",
        "contains(tolower(LastName),'brien') and (Id eq 1 or Id eq 7) | true",
        "Id eq 1 or Id eq 2 and Id eq 7 | false",
        "(Id eq 1 or Id eq 2) and Id eq 7 | false",
        "Id eq 7 or Id eq 2 and Id eq 3 | true",
        "PinProtectTimeout gt 2.4 | true",
        "PinProtectTimeout lt -1 | false",
        "Number gt '100' | true",
    })
    void evaluates(String filter, boolean expected) {
        FilterExpression e = bind(filter);
        assertEquals(expected, e.test(USER), filter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Id eq | Unexpected end of expression",
        "Id eq 7 and | Unexpected end of expression",
        "(Id eq 7 | expected ')'",
        "Id eq 7) | Unexpected ')'",
        "Id eq 'abc | Unterminated string",
        "Id add 1 eq 8 | 'add' at position 3 is not supported",
        "Id in (1,2) | 'in' at position 3 is not supported",
        "substringof('a',FirstName) | Unknown $filter function 'substringof'",
        "contains(FirstName) | takes 2 argument(s), not 1",
        "Nope eq 1 | Could not find a property named 'Nope' on type 'Pbx.User'",
        "Number eq 107 | cannot apply 'eq' to a string and a number",
        "Id eq '7' | cannot apply 'eq' to a number and a string",
        "Enabled gt true | cannot apply 'gt' to a boolean and a boolean",
        "FirstName | must be a boolean expression",
        "Id eq 7 and FirstName | operands of 'and' in $filter must be boolean",
        "contains(Id,'7') | Argument 1 of contains must be a string",
        "Groups eq null | cannot apply 'eq' to a complex or collection value",
        "Id eq 7 # | Unexpected character '#'",
        "Groups/any(g: g/GroupId eq 1) | Lambda operators",
    })
    void refusesWithAMessageNamingTheProblem(String filter, String expectedMessagePart) {
        ODataErrorException e = assertThrows(ODataErrorException.class, () -> bind(filter));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(expectedMessagePart), e.getMessage());
    }

    static FilterExpression bind(String filter) {
        ShapeResolver shapes = new ShapeResolver(XapiCatalog.bundled().release("20.0.10"));
        return new FilterBinder(shapes, shapes.schema("Pbx.User"), "Pbx.User").bind(ODataFilterParser.parse(filter));
    }
}

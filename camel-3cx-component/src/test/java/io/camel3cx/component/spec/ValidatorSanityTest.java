package io.camel3cx.component.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import org.junit.jupiter.api.Test;

/**
 * The request validator used by {@link EveryOperationOfEveryReleaseTest} really checks the wire forms that matter:
 * it rejects a quoted integer key, a bad date-time literal, a missing required body property and an unknown path.
 */
class ValidatorSanityTest {

    @Test
    void rejectsWrongWireForms() {
        OpenApiInteractionValidator v = OpenApiInteractionValidator
                .createForSpecificationUrl(SpecFolder.specFile(SpecFolder.folderOrSkip(), "20.0.10").toUri().toString())
                .withBasePathOverride("/xapi/v1")
                .withStrictOperationPathMatching()
                .build();

        assertFalse(v.validateRequest(get("/xapi/v1/Users(42)")).hasErrors(), "the right form passes");
        assertTrue(v.validateRequest(get("/xapi/v1/Users('42')")).hasErrors(), "quoted int32 key");
        assertTrue(v.validateRequest(get("/xapi/v1/ActivityLog/Pbx.GetLogs(startDate=yesterday,"
                + "endDate=2024-05-01T08:30:00Z,extension=null,call=null,severity=null)")).hasErrors(), "bad date-time");
        assertTrue(v.validateRequest(SimpleRequest.Builder.post("/xapi/v1/Users/Pbx.ReprovisionPhone")
                .withAuthorization("Bearer x").withContentType("application/json").withBody("{\"mac\":5}").build())
                .hasErrors(), "wrong body property type");
        assertTrue(v.validateRequest(get("/xapi/v1/Userz(42)")).hasErrors(), "unknown path");
    }

    private static SimpleRequest get(String path) {
        return SimpleRequest.Builder.get(path).withAuthorization("Bearer x").build();
    }
}

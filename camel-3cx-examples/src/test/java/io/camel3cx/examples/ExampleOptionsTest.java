package io.camel3cx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExampleOptionsTest {

    @Test
    void withNothingConfiguredTheExampleStartsItsOwnSimulator() {
        ExampleOptions options = ExampleOptions.parse(new String[0], Map.of(), null);

        assertEquals(Example.ONBOARDING, options.example());
        assertNull(options.pbx());
        assertEquals(Path.of("examples-output"), options.outputDir());
        assertFalse(options.once());
    }

    @Test
    void theThreeVariablesSelectARealPbx() {
        ExampleOptions options = ExampleOptions.parse(new String[0], Map.of("THREECX_BASE_URL", "https://pbx.example.com",
                "THREECX_CLIENT_ID", "onboarding", "THREECX_CLIENT_SECRET", "s3cret", "THREECX_API_VERSION", "20.0.7"),
                "reprovision");

        assertEquals(Example.REPROVISION, options.example());
        assertEquals("https://pbx.example.com", options.pbx().baseUrl());
        assertEquals("onboarding", options.pbx().clientId());
        assertEquals("20.0.7", options.pbx().apiVersion());
        assertFalse(options.pbx().simulator());
        assertFalse(options.pbx().toString().contains("s3cret"), options.pbx().toString());
        assertEquals("20.0.7", options.pbx().component().getConfiguration().getApiVersion());
    }

    @Test
    void aBaseUrlWithoutCredentialsNamesWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExampleOptions.parse(
                new String[0], Map.of("THREECX_BASE_URL", "https://pbx.example.com", "THREECX_CLIENT_ID", "x"), null));

        assertTrue(e.getMessage().contains("THREECX_CLIENT_SECRET is not set"), e.getMessage());
        assertFalse(e.getMessage().contains("THREECX_CLIENT_ID and"), e.getMessage());
    }

    @Test
    void aRunningSimulatorNeedsItsSecretAndForHttpsItsTrustStore() {
        IllegalArgumentException noSecret = assertThrows(IllegalArgumentException.class,
                () -> ExampleOptions.parse(new String[] {"--simulator-url", "http://127.0.0.1:8085"}, Map.of(), null));
        assertTrue(noSecret.getMessage().contains("--client-secret"), noSecret.getMessage());

        IllegalArgumentException noTrust = assertThrows(IllegalArgumentException.class, () -> ExampleOptions.parse(
                new String[] {"--simulator-url", "https://127.0.0.1:8443", "--client-secret", "x"}, Map.of(), null));
        assertTrue(noTrust.getMessage().contains("--trust-store"), noTrust.getMessage());

        ExampleOptions ok = ExampleOptions.parse(new String[] {"--simulator-url", "http://127.0.0.1:8085"},
                Map.of("THREECX_CLIENT_SECRET", "demo-secret"), null);
        assertEquals("camel-3cx", ok.pbx().clientId());
        assertEquals("demo-secret", ok.pbx().clientSecret());
        assertTrue(ok.pbx().simulator());
    }

    @Test
    void theSimulatorFlagWinsOverTheEnvironment() {
        ExampleOptions options = ExampleOptions.parse(
                new String[] {"--simulator-url", "http://127.0.0.1:8085", "--client-secret", "demo"},
                Map.of("THREECX_BASE_URL", "https://pbx.example.com"), null);

        assertEquals("http://127.0.0.1:8085", options.pbx().baseUrl());
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("Unknown option '--fast'", assertThrows(IllegalArgumentException.class,
                () -> ExampleOptions.parse(new String[] {"--fast"}, Map.of(), null)).getMessage());
        assertEquals("No example named 'export'; choose one of onboarding, reprovision, calllog-export",
                assertThrows(IllegalArgumentException.class,
                        () -> ExampleOptions.parse(new String[0], Map.of(), "export")).getMessage());
        assertEquals("Option --file needs a value", assertThrows(IllegalArgumentException.class,
                () -> ExampleOptions.parse(new String[] {"--file"}, Map.of(), null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExampleOptions.parse(new String[] {"--from", "yesterday"}, Map.of(), null)).getMessage()
                .contains("ISO-8601"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExampleOptions.parse(
                new String[] {"--from", "2025-07-01T00:00:00Z", "--to", "2025-06-30T00:00:00Z"}, Map.of(), null))
                .getMessage().contains("is after"));
    }

    @Test
    void aDateAloneIsAWholeUtcDay() {
        ExampleOptions options = ExampleOptions.parse(new String[] {"--from", "2025-06-30", "--to", "2025-06-30"},
                Map.of(), "calllog-export");

        assertEquals(OffsetDateTime.parse("2025-06-30T00:00:00Z"), options.periodFrom());
        assertEquals(OffsetDateTime.parse("2025-07-01T00:00:00Z"), options.periodTo());
    }

    @Test
    void readsEveryOption() {
        ExampleOptions options = ExampleOptions.parse(new String[] {"--example", "calllog-export", "--file", "in.csv",
            "--output", "out", "--once", "--from", "2025-06-30T08:00:00Z", "--to", "2025-06-30T12:00:00+02:00"},
                Map.of(), "onboarding");

        assertEquals(Example.CALLLOG_EXPORT, options.example());
        assertEquals(Path.of("in.csv"), options.input());
        assertEquals(Path.of("out"), options.outputDir());
        assertTrue(options.once());
        assertEquals(OffsetDateTime.parse("2025-06-30T08:00:00Z"), options.periodFrom());
        assertEquals(OffsetDateTime.parse("2025-06-30T12:00:00+02:00"), options.periodTo());
    }
}

package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

import io.camel3cx.component.ThreeCxEndpoint;
import io.camel3cx.component.support.ThreeCxTestSupport;

/**
 * Broken endpoint URIs: each fails when the endpoint is resolved (before any token or API request) with a message
 * that names what is wrong and what would be valid; the forms that are merely unusual work.
 */
class UriAttackTest extends ThreeCxTestSupport {

    private String failure(String uri) {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint(uri), uri);
        assertTrue(pbx.apiRequests().isEmpty() && pbx.tokenRequests().isEmpty(), "nothing sent for " + uri);
        return e.getCause().getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "threecx:/x", "threecx:users", "threecx:users/", "threecx:/listUser",
            "threecx:users/listUser/extra", "threecx://users", "threecx:users//listUser" })
    void aPathThatIsNotResourceSlashOperationIsExplained(String uri) {
        String message = failure(uri);
        assertTrue(message.contains("threecx:<resource>/<operation>"), message);
    }

    @Test
    void aBareSchemeIsRefusedByCamelsUriParser() {
        // Camel rejects "threecx:" before the component sees it; the message names the URI.
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:"));
        assertTrue(e.getMessage().contains("threecx:"), e.getMessage());
    }

    @Test
    void optionNamesMatchWhateverTheirCase() throws Exception {
        for (String uri : List.of("threecx:users/getPhoneRegistrar?MAC=00", "threecx:users/getPhoneRegistrar?Mac=00",
                "threecx:USERS/GETPHONEREGISTRAR?mAc=00")) {
            ThreeCxEndpoint endpoint = (ThreeCxEndpoint) context.getEndpoint(uri);
            assertEquals("users/getPhoneRegistrar", endpoint.getOperationDefinition().key(), uri);
        }
        pbx.respond(r -> io.camel3cx.component.support.RecordingPbx.Reply.json(200, "{}"));
        call("threecx:users/getPhoneRegistrar?MAC=0011", null);
        assertEquals("/xapi/v1/Users/Pbx.GetPhoneRegistrar(mac='0011')", pbx.singleApiRequest().rawPath());
    }

    @Test
    void endpointOptionNamesMatchWhateverTheirCaseToo() throws Exception {
        ThreeCxEndpoint endpoint = (ThreeCxEndpoint) context.getEndpoint(
                "threecx:users/getPhoneRegistrar?mac=1&RESPONSETIMEOUT=1234&apiversion=20.0.8");
        assertEquals(1234, endpoint.getConfiguration().getResponseTimeout());
        assertEquals("20.0.8", endpoint.getApiVersionInUse());
    }

    @Test
    void anOptionGivenTwiceInDifferentCaseIsRefused() {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&MAC=2");
        assertTrue(message.contains("option 'mac' is given twice"), message);
    }

    @Test
    void anOptionGivenTwiceInTheSameCaseIsRefusedAsSuch() {
        // Camel turns a repeated query parameter into a List; for a single-valued option that is "given twice".
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&mac=2");
        assertTrue(message.contains("'mac'") && message.contains("given twice"), message);
    }

    @Test
    void aListOptionMayBeRepeated() {
        pbx.respond(r -> io.camel3cx.component.support.RecordingPbx.Reply.json(200, "{\"value\":[]}"));
        call("threecx:users/listUser?select=Id&select=Number", null);
        assertEquals("$select=Id,Number", pbx.singleApiRequest().rawQuery());
    }

    @Test
    void anEndpointOptionGivenTwiceIsRefused() {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&responseTimeout=1000&responseTimeout=2000");
        assertTrue(message.contains("responseTimeout"), message);
    }

    @Test
    void anUnknownReleaseListsTheBundledOnes() {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&apiVersion=21.0");
        assertTrue(message.contains("21.0"), message);
        assertTrue(message.contains("20.0.5, 20.0.6, 20.0.7, 20.0.8, 20.0.9, 20.0.10"), message);
    }

    @Test
    void anEmptyApiVersionMeansTheNewestBundledRelease() throws Exception {
        ThreeCxEndpoint endpoint = (ThreeCxEndpoint) context.getEndpoint("threecx:users/getPhoneRegistrar?mac=1&apiVersion=");
        assertEquals("20.0.10", endpoint.getApiVersionInUse());
    }

    @Test
    void anOpenApiLocationThatIsNoFileIsNamed() {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&openApiLocation=/no/such/dir/xapi.yaml");
        assertTrue(message.contains("openApiLocation '/no/such/dir/xapi.yaml'"), message);
        assertTrue(message.contains("expected a file path, a classpath: resource or an http(s) URL"), message);
    }

    @Test
    void anOpenApiLocationThatIsNotOpenApiIsNamed(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes\nnot a spec\n");
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&openApiLocation=" + text);
        assertTrue(message.contains("Cannot load the 3CX OpenAPI description from openApiLocation"), message);
        assertTrue(message.contains("Not an OpenAPI description"), message);

        Path json = Files.writeString(dir.resolve("other.json"), "{\"openapi\":\"3.0.1\",\"info\":{}}");
        String jsonMessage = failure("threecx:users/getPhoneRegistrar?mac=1&openApiLocation=" + json);
        assertTrue(jsonMessage.contains("Cannot load the 3CX OpenAPI description"), jsonMessage);

        Path binary = dir.resolve("x.bin");
        Files.write(binary, new byte[] { 0, (byte) 0xFF, 0x13, 0x7F, (byte) 0xC3 });
        String binaryMessage = failure("threecx:users/getPhoneRegistrar?mac=1&openApiLocation=" + binary);
        assertTrue(binaryMessage.contains("Cannot load the 3CX OpenAPI description"), binaryMessage);
    }

    @Test
    void anOpenApiLocationUrlThat404sIsNamedWithTheStatus() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/openapi.yaml";
            String message = failure("threecx:users/getPhoneRegistrar?mac=1&openApiLocation=" + url);
            assertTrue(message.contains("openApiLocation '" + url + "'"), message);
            assertTrue(message.contains("404"), message);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMissingBaseUrlIsNamed() {
        component.getConfiguration().setBaseUrl(null);
        String message = failure("threecx:users/getPhoneRegistrar?mac=1");
        assertTrue(message.contains("baseUrl is required"), message);
        assertTrue(message.contains("https://pbx.example.com"), message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "pbx.example.com", "ftp://pbx.example.com", "http://", "https:///xapi",
            "http://pbx.example.com?x=1", "http://pbx.example.com#top", "mailto:admin@pbx.example.com",
            "http://pbx.example.com:99999", "http://pbx.example.com:-1x" })
    void aBaseUrlThatIsNoHttpUrlIsNamed(String baseUrl) {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&baseUrl=RAW(" + baseUrl + ")");
        assertTrue(message.contains("baseUrl '" + baseUrl + "'"), message);
        assertTrue(message.contains("expected an absolute http(s) URL of the PBX such as https://pbx.example.com"), message);
    }

    @Test
    void credentialsInTheBaseUrlAreRefusedWithoutShowingThem() {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&baseUrl=RAW(https://admin:Pa55word@pbx.example.com)");
        assertTrue(message.contains("baseUrl"), message);
        assertTrue(message.contains("user name or password"), message);
        assertFalse(message.contains("Pa55word"), message);
    }

    @Test
    void aTrailingSlashIsDropped() throws Exception {
        call("threecx:users/reprovisionPhone?mac=1&baseUrl=" + pbx.baseUrl() + "///", null);
        assertEquals("/xapi/v1/Users/Pbx.ReprovisionPhone", pbx.singleApiRequest().rawPath());
        assertEquals(1, pbx.tokenRequests().size());
        assertEquals("/connect/token", pbx.tokenRequests().get(0).rawPath());
    }

    @Test
    void aPathPrefixIsKeptForTokenAndApiCalls() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            seen.add(x.getRequestMethod() + " " + x.getRequestURI().getRawPath());
            x.getRequestBody().readAllBytes();
            boolean token = x.getRequestURI().getRawPath().equals("/pbx/connect/token");
            byte[] body = (token ? "{\"access_token\":\"t\",\"expires_in\":3600}" : "{\"Id\":7}")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/pbx/";
            call("threecx:users/getUser?id=7&baseUrl=" + base, null);
            assertEquals(List.of("POST /pbx/connect/token", "GET /pbx/xapi/v1/Users(7)"), seen);
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "connectTimeout=-1", "connectTimeout=0", "responseTimeout=-5", "responseTimeout=0",
            "maxConnections=0", "maxConnections=-3", "tokenRefreshSkew=-1" })
    void aNonPositiveLimitIsNamed(String option) {
        String name = option.substring(0, option.indexOf('='));
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&" + option);
        assertTrue(message.startsWith(name + " must be"), message);
        assertTrue(message.contains(option.substring(option.indexOf('=') + 1)), message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "connectTimeout=99999999999", "responseTimeout=4294967296", "maxConnections=-2147483649",
            "tokenRefreshSkew=99999999999999999999", "proxyPort=4294971392" })
    void aWholeNumberBeyondTheIntRangeIsRefusedNotNarrowed(String option) {
        // Camel's own binding would narrow these into some other int (99999999999 -> 1215752191).
        String name = option.substring(0, option.indexOf('='));
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&proxyHost=proxy&" + option);
        assertTrue(message.contains("option " + name + " is " + option.substring(option.indexOf('=') + 1)
                + ", beyond the whole numbers it takes (-2147483648 to 2147483647)"), message);
    }

    @Test
    void aTimeoutThatIsNoNumberIsNamed() {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&responseTimeout=soon");
        assertTrue(message.contains("responseTimeout"), message);
        assertTrue(message.contains("soon"), message);
    }

    @Test
    void aProxyPortWithoutProxyHostIsRefused() {
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&proxyPort=3128");
        assertTrue(message.contains("proxyPort") && message.contains("proxyHost"), message);
    }

    @Test
    void anUnknownExpiresInUnitIsNamed() {
        // Camel's own enum binding: it names option and value; the valid ones are in the option's documentation.
        String message = failure("threecx:users/getPhoneRegistrar?mac=1&tokenExpiresInUnit=HOURS");
        assertTrue(message.contains("tokenExpiresInUnit=HOURS"), message);
    }

    @Test
    void aResolvedEndpointIsReusableAfterAFailedOne() throws Exception {
        failure("threecx:users/getPhoneRegistrar?macc=1");
        Endpoint ok = context.getEndpoint("threecx:users/getPhoneRegistrar?mac=1");
        assertTrue(ok instanceof ThreeCxEndpoint);
    }
}

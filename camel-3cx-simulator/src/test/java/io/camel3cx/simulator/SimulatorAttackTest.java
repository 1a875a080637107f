package io.camel3cx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adversarial tests: tries to break the simulator over HTTP (filter grammar, paging, keys, methods, bodies,
 * concurrency, tokens, call-log paging). Every test names the behaviour it expects; all traffic goes to the
 * simulator on 127.0.0.1, every loop is bounded in count and time.
 */
class SimulatorAttackTest {

    /** A hung answer must not stall the suite: every "must answer" request gives up after this. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    static ThreeCxSimulator sim;
    static XapiClient client;
    static final AtomicInteger NUMBERS = new AtomicInteger(6000);

    @BeforeAll
    static void start() {
        sim = ThreeCxSimulator.builder().apiVersion("20.0.10").seed(7).callLogRows(5_000).start();
        client = new XapiClient(sim);
        client.login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    // ---- helpers

    static String enc(String s) {
        return XapiClient.enc(s);
    }

    static String freshNumber() {
        return String.valueOf(NUMBERS.incrementAndGet());
    }

    /** GET below /xapi/v1 with a short timeout; a timeout fails the test as "no answer". */
    static HttpResponse<String> getWithin(String pathAndQuery) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/xapi/v1" + pathAndQuery))
                .timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + currentToken())
                .GET().build();
        try {
            return client.http().send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            fail("no answer within " + ANSWER_WITHIN + " (the simulator left the connection hanging) for "
                    + pathAndQuery.substring(0, Math.min(120, pathAndQuery.length())));
            return null;
        } catch (IOException e) {
            fail("connection failed instead of an HTTP answer: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static volatile String token;

    static synchronized String currentToken() {
        if (token == null) {
            token = client.login();
        }
        return token;
    }

    static HttpResponse<String> get(String pathAndQuery) {
        return getWithin(pathAndQuery);
    }

    static JsonNode ok(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        return XapiClient.json(r);
    }

    static String errorMessage(HttpResponse<String> r) {
        JsonNode error = XapiClient.json(r).get("error");
        assertNotNull(error, "an OData error body: " + r.body());
        return error.get("message").asText();
    }

    static void assertODataError(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertFalse(errorMessage(r).isEmpty());
    }

    static HttpResponse<String> call(String method, String path, String body) {
        client.useToken(currentToken());
        return client.call(method, path, body);
    }

    static int createUser(String json) {
        HttpResponse<String> r = call("POST", "/Users", json);
        assertEquals(201, r.statusCode(), r.body());
        return XapiClient.json(r).get("Id").asInt();
    }

    /** Sends raw bytes (for URIs java.net.URI refuses) and returns the status code of the answer. */
    static int rawStatus(String requestTarget) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", sim.port()), 5_000);
            s.setSoTimeout((int) ANSWER_WITHIN.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + currentToken()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.write(c);
            }
            String status = line.toString(StandardCharsets.ISO_8859_1);
            assertTrue(status.startsWith("HTTP/1.1 "), "status line: " + status);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    // ---- $filter grammar

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(Id eq 1 | expected ')'",
        "Id eq 1) | Unexpected ')'",
        "((Id eq 1) | expected ')'",
        "foo(Id) eq 1 | Unknown $filter function 'foo'",
        "substringof('a',FirstName) | Unknown $filter function",
        "Number eq 100 | cannot apply 'eq' to a string and a number",
        "Id eq '1' | cannot apply 'eq' to a number and a string",
        "Id gt 'a' | cannot apply 'gt'",
        "Nope eq 1 | Could not find a property named 'Nope'",
        "Groups/GroupId eq 1 | Could not find a property named 'Groups/GroupId'",
        "Id gt null | cannot apply 'gt'",
        "FirstName | must be a boolean expression",
        "null | must be a boolean expression",
        "FirstName eq 'abc | Unterminated string",
        "contains(FirstName) | takes 2 argument(s), not 1",
        "startswith(FirstName,1) | must be a string",
        "Id eq --1 | Unexpected character '-'",
        "Id add 1 eq 2 | operator 'add'",
        "Groups/any(g: g/GroupId eq 1) | Lambda operators",
        "Id eq 1 and | Unexpected end of expression",
        "Id eq 1 AND Id eq 2 | Unexpected 'AND'",
    })
    void malformedOrIllTypedFiltersAre400WithANamingMessage(String filter, String messagePart) {
        HttpResponse<String> r = get("/Users?$filter=" + enc(filter));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(errorMessage(r).contains(messagePart), errorMessage(r));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FiörstName eq 'x'", "Id eq 1\u0000", "Id eq 1 ÷ 2", "StartTime gt 2025-01-01"})
    void nonAsciiOrControlCharactersOutsideStringsAre400(String filter) {
        assertODataError(400, get("/Users?$filter=" + enc(filter)));
    }

    @Test
    void nullComparisonsFollowODataSemantics() {
        int id = createUser("{\"Number\":\"" + freshNumber() + "\",\"FirstName\":null,\"LastName\":\"Nullname\"}");
        List<Integer> eqNull = ids(ok("/Users?$select=Id&$filter=" + enc("FirstName eq null")));
        assertEquals(List.of(id), eqNull);
        JsonNode ne = ok("/Users?$select=Id&$count=true&$top=0&$filter=" + enc("FirstName ne null"));
        JsonNode all = ok("/Users?$select=Id&$count=true&$top=0");
        assertEquals(all.get("@odata.count").asInt() - 1, ne.get("@odata.count").asInt());
        // contains(null, 'x') is null, and "not null" stays null: neither matches the user without a first name.
        assertFalse(ids(ok("/Users?$select=Id&$filter=" + enc("not contains(FirstName,'zzz')"))).contains(id));
        assertEquals(204, call("DELETE", "/Users(" + id + ")", null).statusCode());
    }

    @Test
    void doubledQuotesAndNonAsciiLiteralsMatchExactly() {
        int obrien = createUser("{\"Number\":\"" + freshNumber() + "\",\"FirstName\":\"Jörg\",\"LastName\":\"O'Brien\"}");
        assertEquals(List.of(obrien), ids(ok("/Users?$select=Id&$filter=" + enc("LastName eq 'O''Brien'"))));
        assertEquals(List.of(obrien), ids(ok("/Users?$select=Id&$filter=" + enc("contains(LastName,'''')"))));
        assertEquals(List.of(obrien), ids(ok("/Users?$select=Id&$filter=" + enc("FirstName eq 'Jörg'"))));
        assertEquals(List.of(obrien), ids(ok("/Users?$select=Id&$filter=" + enc("tolower(FirstName) eq 'jörg'"))));
        assertEquals(List.of(), ids(ok("/Users?$select=Id&$filter=" + enc("LastName eq 'O''''Brien'"))));
        assertEquals(204, call("DELETE", "/Users(" + obrien + ")", null).statusCode());
    }

    @Test
    void plusInTheQueryStringIsASpace() {
        assertEquals(List.of(1), ids(ok("/Users?$select=Id&$filter=Id+eq+1")));
        // An unencoded '+' of a date-time offset turns into a space: that is a 400, never a silently different filter.
        assertODataError(400, get("/CallHistoryView?$filter=SegmentStartTime+gt+2025-06-30T15:50:00+02:00"));
        assertEquals(200, get("/CallHistoryView?$top=1&$filter=SegmentStartTime%20gt%202025-06-30T15:50:00%2B02:00")
                .statusCode());
    }

    @Test
    void malformedPercentEncodingIs400() throws IOException {
        assertEquals(400, rawStatus("/xapi/v1/Users?$filter=%zz"));
        assertEquals(400, rawStatus("/xapi/v1/Users?$filter=Id%20eq%201%"));
        assertEquals(400, rawStatus("/xapi/v1/Users(%G1)"));
        // The server is still fine afterwards.
        assertEquals(200, get("/Users?$top=1").statusCode());
    }

    @Test
    void deeplyNestedParenthesesAreAnsweredNotLeftHanging() {
        String filter = "(".repeat(5_000) + "Id eq 1" + ")".repeat(5_000);
        HttpResponse<String> r = getWithin("/Users?$select=Id&$filter=" + enc(filter));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
    }

    @Test
    void longChainOfNotIsAnsweredNotLeftHanging() {
        HttpResponse<String> r = getWithin("/Users?$select=Id&$filter=" + enc("not ".repeat(3_000) + "(Id eq 1)"));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
    }

    @Test
    void hundredKCharacterOrFilterIsAnsweredNotLeftHanging() {
        StringBuilder f = new StringBuilder();
        for (int i = 0; f.length() < 100_000; i++) {
            f.append(i == 0 ? "" : " or ").append("Id eq ").append(i % 50);
        }
        HttpResponse<String> r = getWithin("/Users?$select=Id&$top=3&$filter=" + enc(f.toString()));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
    }

    @Test
    void hundredKCharacterStringLiteralIsAnswered() {
        HttpResponse<String> r = getWithin("/Users?$select=Id&$filter=" + enc("FirstName eq '" + "x".repeat(100_000) + "'"));
        assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
        assertEquals(0, XapiClient.json(r).get("value").size());
    }

    @Test
    void numberLiteralWithAHugeExponentIs400Not500() {
        HttpResponse<String> r = get("/Users?$filter=" + enc("Id eq 1e99999999999"));
        assertODataError(400, r);
    }

    @Test
    void notBindsTighterThanEqSoNotAppliedToANumberIs400() {
        // OData precedence: 'not' (unary) binds tighter than 'eq', so this is (not Id) eq 1: a type error on a PBX.
        HttpResponse<String> r = get("/Users?$select=Id&$filter=" + enc("not Id eq 1"));
        assertEquals(400, r.statusCode(), "silently answered as not(Id eq 1): " + r.body());
    }

    @Test
    void enumComparedWithAnUnknownMemberIs400() {
        HttpResponse<String> r = get("/Users?$select=Id&$filter=" + enc("QueueStatus eq 'Bogus'"));
        assertEquals(400, r.statusCode(), "QueueStatus is LoggedOut|LoggedIn; answered " + r.body());
        assertEquals(200, get("/Users?$select=Id&$filter=" + enc("QueueStatus eq 'LoggedIn'")).statusCode());
    }

    @Test
    void durationsCompareAsDurationsOrAreRefusedNeverAsText() {
        HttpResponse<String> r = get("/CallHistoryView?$select=SegmentId,CallTime&$top=200&$filter="
                + enc("CallTime lt 'PT9S'"));
        if (r.statusCode() == 400) {
            return;
        }
        assertEquals(200, r.statusCode(), r.body());
        List<String> wrong = new ArrayList<>();
        XapiClient.json(r).get("value").forEach(n -> {
            if (Duration.parse(n.get("CallTime").asText()).compareTo(Duration.ofSeconds(9)) >= 0) {
                wrong.add(n.get("CallTime").asText());
            }
        });
        assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())),
                "rows with CallTime >= 9 s returned by CallTime lt 'PT9S' (" + wrong.size() + " in all)");
    }

    // ---- $top / $skip / $orderby / $select / $expand / $count

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$top=-1", "$top=abc", "$top=1.5", "$top=", "$skip=-5", "$skip=99999999999999999999",
        "$top=1&$top=2", "$count=TRUE", "$count=1"})
    void badPagingValuesAre400(String query) {
        assertODataError(400, get("/Users?" + query));
    }

    @Test
    void hugeTopAfterASkipIsARestPageNot500() {
        HttpResponse<String> r = get("/Users?$select=Id&$skip=1&$top=9223372036854775807");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ok("/Users?$select=Id&$count=true&$top=0").get("@odata.count").asInt() - 1,
                XapiClient.json(r).get("value").size());
    }

    @Test
    void hugeTopAfterASkipOnASortedCallLogIsNot500() {
        HttpResponse<String> r = get("/CallHistoryView?$select=SegmentId&$orderby=SegmentId&$skip=1"
                + "&$top=9223372036854775807&$filter=" + enc("SegmentId lt 5"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(2, 3, 4), values(XapiClient.json(r), "SegmentId"));
    }

    @Test
    void hugeSkipOnTheStreamedCallLogIsAnEmptyPage() {
        JsonNode page = ok("/CallHistoryView?$select=SegmentId&$skip=9223372036854775807&$top=2");
        assertEquals(0, page.get("value").size());
        JsonNode near = ok("/CallHistoryView?$select=SegmentId&$skip=9223372036854775000&$top=2&$count=true");
        assertEquals(0, near.get("value").size());
        assertEquals(5_000, near.get("@odata.count").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/Users?$orderby=Groups | complex or collection property",
        "/Users?$orderby=Phones/MacAddress | Could not find a property named 'Phones/MacAddress'",
        "/Users?$orderby=Id%20desc%20asc | not of the form",
        "/Users?$orderby=%20 | not of the form",
        "/Users?$select=Nope | Could not find a property named 'Nope'",
        "/Users?$select=Groups/GroupId | Could not find a property named 'Groups/GroupId'",
        "/Users?$select=Id,,Number | empty item",
        "/Users?$expand=FirstName | is a plain property",
        "/Users?$expand=Nope | Could not find a property named 'Nope'",
        "/Users?$expand=Groups( | opens '(' without closing it",
        "/Users?$expand=Groups($top=1) | nested option '$top'",
        "/Users(1)?$count=true | is not accepted by users/getUser",
        "/SystemStatus?$count=true | is not accepted by systemStatus/getSystemStatus",
        "/SystemStatus?$top=1 | is not accepted",
    })
    void unknownOrNonNavigableQueryTargetsAre400(String pathAndQuery, String messagePart) {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(errorMessage(r).contains(messagePart), errorMessage(r));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/Users?$select=Id,", "/Users?$orderby=Id,", "/Users?$select=Id,%20"})
    void trailingCommaInSelectOrOrderByIs400(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery + "&$top=1");
        assertEquals(400, r.statusCode(), "silently accepted: " + r.body());
    }

    @Test
    void nestedExpandOfAPlainPropertyIs400() {
        HttpResponse<String> r = get("/Users?$top=1&$select=Id&$expand=" + enc("Groups($expand=GroupId)"));
        assertEquals(400, r.statusCode(), "GroupId is an Edm.Int32, not expandable: " + r.body());
    }

    @Test
    void nestedQueryOptionGivenTwiceIs400() {
        HttpResponse<String> r = get("/Users?$top=1&$select=Id&$expand=" + enc("Groups($select=GroupId;$select=Name)"));
        assertEquals(400, r.statusCode(), "a repeated option is refused at top level, not in $expand: " + r.body());
    }

    // ---- keys and methods

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/Users(abc) | 400",
        "/Users('1') | 400",
        "/Users(1.5) | 400",
        "/Users(1e3) | 400",
        "/Users(2147483648) | 400",
        "/Users(-2147483649) | 400",
        "/Users(-0) | 404",
        "/Users(0x1) | 400",
        "/Users(Id=abc) | 400",
        "/Users(Number=100) | 400",
        "/Users(Number='100'') | 400",
        "/Users(Number=null) | 400",
        "/Users(Nope=1) | 400",
        "/Users(1)/Nope | 404",
        "/Users(1)(2) | 400",
    })
    void malformedKeysAreODataErrors(String path, int status) {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), r.body());
        assertFalse(errorMessage(r).isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "DELETE | /Users | GET, POST",
        "PATCH | /Users | GET, POST",
        "PUT | /Users | GET, POST",
        "POST | /Users(1) | DELETE, GET, PATCH",
        "PUT | /Users(1) | DELETE, GET, PATCH",
        "OPTIONS | /Users(1) | DELETE, GET, PATCH",
        "GET | /Users/Pbx.ReprovisionPhone | POST",
        "DELETE | /SystemStatus | GET",
    })
    void wrongMethodsAre405WithAllow(String method, String path, String allowed) {
        HttpResponse<String> r = call(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");
        assertEquals(405, r.statusCode(), r.body());
        assertEquals(allowed, r.headers().firstValue("Allow").orElse(""));
    }

    // ---- bodies

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[1,2]", "null", "\"x\"", "42", "{\"Number\":", "{\"Number\":\"6990\"} {}", "   ",
        "{\"Number\":\"6991\",}", "{'Number':'6992'}", "{\"Number\":\"6993\",\"Phones\":{}}",
        "{\"Number\":\"6994\",\"Enabled\":\"true\"}", "{\"Number\":\"6995\",\"QueueStatus\":\"Bogus\"}",
        "{\"Number\":\"6996\",\"Phones\":[{\"MacAddress\":\"00112233445\"}]}"})
    void bodiesThatAreNotAValidUserAre400AndStoreNothing(String body) {
        int before = ok("/Users?$count=true&$top=0").get("@odata.count").asInt();
        HttpResponse<String> r = call("POST", "/Users", body);
        assertODataError(400, r);
        assertEquals(before, ok("/Users?$count=true&$top=0").get("@odata.count").asInt());
    }

    @Test
    void deeplyNestedJsonBodyIs400NotAHang() {
        String body = "{\"Number\":\"6997\",\"Hours\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        HttpRequest r = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/xapi/v1/Users")).timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + currentToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertODataError(400, client.send(r));
    }

    @Test
    void int32PropertyOutOfRangeIs400() {
        HttpResponse<String> create = call("POST", "/Users",
                "{\"Number\":\"" + freshNumber() + "\",\"PinProtectTimeout\":99999999999}");
        assertEquals(400, create.statusCode(), "PinProtectTimeout is int32 (max 2147483647): " + create.body());
        HttpResponse<String> patch = call("PATCH", "/Users(2)", "{\"PinProtectTimeout\":3000000000}");
        assertEquals(400, patch.statusCode(), patch.body());
    }

    @Test
    void refusedPatchChangesNothing() {
        JsonNode before = ok("/Users(4)");
        for (String body : new String[] {"{\"FristName\":\"X\"}", "{\"FirstName\":5}", "{\"Number\":null}",
            "{\"FirstName\":\"Changed\",\"Number\":\"101\"}", "{\"FirstName\":\"Changed\",\"Phones\":[{\"MacAddress\":\"zz\"}]}",
            "[]", "not json"}) {
            HttpResponse<String> r = call("PATCH", "/Users(4)", body);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
        }
        assertEquals(before, ok("/Users(4)"));
    }

    @Test
    void patchOfTheKeyIsRefusedButTheSameKeyIsAccepted() {
        assertODataError(400, call("PATCH", "/Users(5)", "{\"Id\":6}"));
        assertODataError(400, call("PATCH", "/Users(5)", "{\"Id\":\"5\"}"));
        assertODataError(400, call("PATCH", "/Users(5)", "{\"Id\":4294967301}"));
        assertEquals(204, call("PATCH", "/Users(5)", "{\"Id\":5}").statusCode());
        assertEquals(5, ok("/Users(5)").get("Id").asInt());
        assertEquals(200, get("/Users(6)").statusCode(), "user 6 untouched");
    }

    @Test
    void hugeBodyIsAnsweredAndTheServerKeepsWorking() {
        String big = "x".repeat(4_000_000);
        HttpResponse<String> r = call("POST", "/Users", "{\"Number\":\"" + freshNumber() + "\",\"FirstName\":\"" + big + "\"}");
        assertTrue(r.statusCode() == 201 || r.statusCode() == 400 || r.statusCode() == 413, String.valueOf(r.statusCode()));
        if (r.statusCode() == 201) {
            assertEquals(204, call("DELETE", "/Users(" + XapiClient.json(r).get("Id").asInt() + ")", null).statusCode());
        }
        assertEquals(200, get("/Users?$top=1").statusCode());
    }

    @Test
    void sameMacTwiceInOnePayloadIsRefused() {
        HttpResponse<String> r = call("POST", "/Users", "{\"Number\":\"" + freshNumber() + "\",\"Phones\":["
                + "{\"MacAddress\":\"A1B2C3D4E5F6\"},{\"MacAddress\":\"a1b2c3d4e5f6\"}]}");
        assertEquals(400, r.statusCode(), "one MAC provisioned twice: " + r.body());
    }

    @Test
    void emailOfAnotherUserDifferingOnlyInCaseIsRefusedOnCreateAndPatch() {
        String other = ok("/Users(2)").get("EmailAddress").asText();
        String mixed = other.substring(0, 1).toUpperCase(Locale.ROOT) + other.substring(1).toUpperCase(Locale.ROOT);
        HttpResponse<String> create = call("POST", "/Users", "{\"Number\":\"" + freshNumber() + "\",\"EmailAddress\":\""
                + mixed + "\"}");
        assertEquals(400, create.statusCode(), create.body());
        assertEquals("EmailAddress", XapiClient.json(create).get("error").get("details").get(0).get("target").asText());
        HttpResponse<String> patch = call("PATCH", "/Users(3)", "{\"EmailAddress\":\"" + mixed + "\"}");
        assertEquals(400, patch.statusCode(), patch.body());
        assertFalse(ok("/Users(3)").get("EmailAddress").asText().equalsIgnoreCase(other));
    }

    @Test
    void queueOrRingGroupWithAUsersNumberIsRefused() {
        HttpResponse<String> queue = call("POST", "/Queues", "{\"Number\":\"100\",\"Name\":\"dup\"}");
        assertEquals(400, queue.statusCode(), "100 is user 1's extension: " + queue.body());
        HttpResponse<String> ring = call("POST", "/RingGroups", "{\"Number\":\"101\",\"Name\":\"dup\"}");
        assertEquals(400, ring.statusCode(), "101 is user 2's extension: " + ring.body());
    }

    @Test
    void deleteTwiceIs204Then404AndPatchAfterDeleteIs404() {
        int id = createUser("{\"Number\":\"" + freshNumber() + "\"}");
        assertEquals(204, call("DELETE", "/Users(" + id + ")", null).statusCode());
        assertODataError(404, call("DELETE", "/Users(" + id + ")", null));
        assertODataError(404, call("PATCH", "/Users(" + id + ")", "{\"FirstName\":\"Ghost\"}"));
        assertODataError(404, get("/Users(" + id + ")"));
        int next = createUser("{\"Number\":\"" + freshNumber() + "\"}");
        assertTrue(next > id, "ids are not reused");
        assertEquals(204, call("DELETE", "/Users(" + next + ")", null).statusCode());
    }

    // ---- concurrency

    @Test
    void concurrentCreatesOfTheSameNumberExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                String number = freshNumber();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int n = t;
                    answers.add(pool.submit(() -> {
                        go.await();
                        return call("POST", "/Users", "{\"Number\":\"" + number + "\",\"FirstName\":\"T" + n + "\"}")
                                .statusCode();
                    }));
                }
                go.countDown();
                int created = 0;
                for (Future<Integer> f : answers) {
                    int s = f.get(30, TimeUnit.SECONDS);
                    assertTrue(s == 201 || s == 400, "status " + s);
                    created += s == 201 ? 1 : 0;
                }
                assertEquals(1, created, "round " + round + " number " + number);
                assertEquals(1, ok("/Users?$count=true&$top=0&$filter=" + enc("Number eq '" + number + "'"))
                        .get("@odata.count").asInt());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void patchRacingADeleteNeverResurrectsTheUser() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            for (int i = 0; i < 150 && System.nanoTime() < deadline; i++) {
                int id = createUser("{\"Number\":\"" + freshNumber() + "\"}");
                CountDownLatch go = new CountDownLatch(1);
                Callable<Integer> patch = () -> {
                    go.await();
                    return call("PATCH", "/Users(" + id + ")", "{\"FirstName\":\"Racer\",\"LastName\":\"" + "y".repeat(2000)
                            + "\"}").statusCode();
                };
                Callable<Integer> delete = () -> {
                    go.await();
                    return call("DELETE", "/Users(" + id + ")", null).statusCode();
                };
                Future<Integer> p = pool.submit(patch);
                Future<Integer> d = pool.submit(delete);
                go.countDown();
                int ps = p.get(30, TimeUnit.SECONDS);
                int ds = d.get(30, TimeUnit.SECONDS);
                assertEquals(204, ds, "the delete of a stored user");
                assertTrue(ps == 204 || ps == 404, "patch " + ps);
                assertEquals(404, get("/Users(" + id + ")").statusCode(),
                        "attempt " + i + ": user " + id + " deleted (204) but back after a racing PATCH (" + ps + ")");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- tokens

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static HttpResponse<String> tokenRequest(ThreeCxSimulator s, XapiClient c, String method, String contentType,
            String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + "/connect/token")).timeout(ANSWER_WITHIN);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return c.send(b.build());
    }

    @Test
    void tokenEndpointEdgeCasesGiveOAuthErrors() {
        try (ThreeCxSimulator s = ThreeCxSimulator.builder().clientSecret("p+q s&t=").start()) {
            XapiClient c = new XapiClient(s);
            String form = "application/x-www-form-urlencoded";
            String good = "client_id=camel-3cx&client_secret=" + enc("p+q s&t=") + "&grant_type=client_credentials";
            record Case(String method, String type, String body, int status, String error) {
            }
            List<Case> cases = List.of(
                    new Case("POST", "application/json", "{\"client_id\":\"camel-3cx\",\"client_secret\":\"p+q s&t=\","
                            + "\"grant_type\":\"client_credentials\"}", 400, "invalid_request"),
                    new Case("POST", null, good, 400, "invalid_request"),
                    new Case("POST", form, "client_id=camel-3cx&client_secret=" + enc("p+q s&t="), 400, "invalid_request"),
                    new Case("POST", form, good.replace("client_credentials", "password"), 400, "unsupported_grant_type"),
                    new Case("POST", form, good + "&grant_type=client_credentials", 400, "invalid_request"),
                    new Case("POST", form, "client_id=camel-3cx&grant_type=client_credentials", 401, "invalid_client"),
                    new Case("POST", form, "client_secret=x&grant_type=client_credentials", 401, "invalid_client"),
                    // unencoded: '+' is a space and '&' ends the secret, so this is the wrong secret
                    new Case("POST", form, "client_id=camel-3cx&client_secret=p+q s&t=&grant_type=client_credentials", 401,
                            "invalid_client"),
                    new Case("POST", form, "client_id=CAMEL-3CX&client_secret=" + enc("p+q s&t=")
                            + "&grant_type=client_credentials", 401, "invalid_client"),
                    new Case("POST", form, "client_id=camel-3cx&client_secret=%zz&grant_type=client_credentials", 400,
                            "invalid_request"),
                    new Case("GET", null, null, 405, "invalid_request"));
            for (Case k : cases) {
                HttpResponse<String> r = tokenRequest(s, c, k.method(), k.type(), k.body());
                assertEquals(k.status(), r.statusCode(), k + " -> " + r.body());
                assertEquals(k.error(), XapiClient.json(r).get("error").asText(), k + " -> " + r.body());
                assertFalse(r.body().contains("p+q s&t="), "never echoes the secret");
            }
            HttpResponse<String> charset = tokenRequest(s, c, "POST", form + "; charset=UTF-8", good);
            assertEquals(200, charset.statusCode(), charset.body());
        }
    }

    @Test
    void expiredRevokedAndMalformedTokensAre401() {
        MovableClock clock = new MovableClock();
        try (ThreeCxSimulator s = ThreeCxSimulator.builder().clock(clock).tokenLifetime(Duration.ofMinutes(10)).start()) {
            XapiClient c = new XapiClient(s);
            String first = c.login();
            assertEquals(200, c.get("/SystemStatus").statusCode());
            c.useToken("bearer-garbage");
            assertODataError(401, c.get("/SystemStatus"));
            c.useToken(first + "x");
            assertODataError(401, c.get("/SystemStatus"));
            c.useToken(first);
            // a failed token request does not revoke the active token
            assertEquals(401, c.tokenResponse(s.clientId(), "wrong").statusCode());
            assertEquals(200, c.get("/SystemStatus").statusCode());
            String second = c.login();
            c.useToken(first);
            HttpResponse<String> revoked = c.get("/Users?$top=1");
            assertODataError(401, revoked);
            assertTrue(revoked.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            // 401 comes before routing: an unknown path with a stale token is still 401, not 404
            assertEquals(401, c.get("/Userz").statusCode());
            c.useToken(second);
            clock.advance(Duration.ofMinutes(10));
            assertODataError(401, c.get("/SystemStatus"));
            HttpResponse<String> lower = c.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/xapi/v1/SystemStatus"))
                    .header("Authorization", "bearer " + c.login()).build());
            assertEquals(200, lower.statusCode(), "the scheme name is case-insensitive");
            HttpResponse<String> basic = c.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/xapi/v1/SystemStatus"))
                    .header("Authorization", "Basic Y2FtZWwtM2N4Onh4").build());
            assertEquals(401, basic.statusCode());
        }
    }

    // ---- call log paging

    static final String DAY = "/ReportCallLogData/Pbx.GetCallLogData(periodFrom=2025-06-30T15:00:00Z,"
            + "periodTo=2025-06-30T16:00:00Z,sourceType=0,sourceFilter=null,destinationType=0,destinationFilter=null,"
            + "callsType=0,callTimeFilterType=0,callTimeFilterFrom=null,callTimeFilterTo=null,hidePcalls=true)";

    @Test
    void callLogPagesWithANonUniqueOrderByNeitherOverlapNorSkipRows() {
        String base = DAY + "?$select=CallId,Answered&$orderby=" + enc("Answered desc");
        List<Integer> all = values(ok(base), "CallId");
        assertEquals(41, all.size(), "one hour at 90 s, both ends included");
        List<Integer> paged = new ArrayList<>();
        for (int skip = 0; skip < 60; skip += 7) {
            paged.addAll(values(ok(base + "&$top=7&$skip=" + skip), "CallId"));
        }
        assertEquals(all, paged);
        assertEquals(all.size(), new HashSet<>(paged).size());
    }

    @Test
    void callLogPagesWithAFilterAndNoOrderByAreStable() {
        String base = "/CallHistoryView?$select=SegmentId&$filter=" + enc("CallAnswered eq false and SegmentId le 400");
        JsonNode full = ok(base + "&$count=true");
        List<Integer> all = values(full, "SegmentId");
        assertEquals(full.get("@odata.count").asInt(), all.size());
        List<Integer> paged = new ArrayList<>();
        for (int skip = 0; skip < all.size() + 10; skip += 9) {
            paged.addAll(values(ok(base + "&$top=9&$skip=" + skip), "SegmentId"));
        }
        assertEquals(all, paged);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1) < all.get(i));
        }
    }

    @Test
    void hugeCallLogIsCountedAndPagedQuicklyAndSortingBeyondTheLimitIsRefused() {
        try (ThreeCxSimulator big = ThreeCxSimulator.builder().callLogRows(1_000_000_000L).start()) {
            XapiClient c = new XapiClient(big);
            c.login();
            long t0 = System.nanoTime();
            HttpResponse<String> count = c.get("/CallHistoryView?$count=true&$top=2&$skip=999999990&$select=SegmentId");
            assertEquals(200, count.statusCode(), count.body());
            assertEquals(1_000_000_000L, XapiClient.json(count).get("@odata.count").asLong());
            assertEquals(List.of(999999991, 999999992), values(XapiClient.json(count), "SegmentId"));
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long usedBefore = rt.totalMemory() - rt.freeMemory();
            HttpResponse<String> sorted = c.get("/CallHistoryView?$orderby=" + enc("SegmentId desc") + "&$top=1");
            assertEquals(400, sorted.statusCode(), sorted.body());
            long usedAfter = rt.totalMemory() - rt.freeMemory();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            System.out.println("huge call log: " + seconds + " s, heap " + (usedBefore >> 20) + " -> " + (usedAfter >> 20)
                    + " MiB, max " + (rt.maxMemory() >> 20) + " MiB");
            assertTrue(seconds < 30, seconds + " s");
            assertTrue(usedAfter - usedBefore < 1024L << 20, "refusing a sort held " + ((usedAfter - usedBefore) >> 20)
                    + " MiB");
        }
    }

    // ---- request log

    @Test
    void refusedRequestsAreInTheRequestLogWithTheirStatus() {
        sim.clearRequestLog();
        get("/Users?$filter=" + enc("Nope eq 1"));
        call("PUT", "/Users(1)", "{}");
        get("/Users(abc)");
        List<RecordedRequest> log = sim.requestLog();
        assertEquals(List.of(400, 405, 400), log.stream().map(RecordedRequest::status).toList());
        assertEquals("$filter=Nope%20eq%201", log.get(0).rawQuery());
    }

    // ---- small helpers

    static List<Integer> ids(JsonNode collection) {
        return values(collection, "Id");
    }

    static List<Integer> values(JsonNode collection, String property) {
        List<Integer> out = new ArrayList<>();
        collection.get("value").forEach(n -> out.add(n.get(property).asInt()));
        return out;
    }

    static Set<String> texts(JsonNode collection, String property) {
        Set<String> out = new HashSet<>();
        collection.get("value").forEach(n -> out.add(n.get(property).asText()));
        return out;
    }
}

package io.camel3cx.component.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxConstants;
import io.camel3cx.component.ThreeCxEndpoint;
import io.camel3cx.component.ThreeCxException;
import io.camel3cx.component.support.MutableClock;
import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.SimulatorCamel;
import io.camel3cx.component.support.ThreeCxTestSupport;
import io.camel3cx.http.PbxClientRegistry;
import io.camel3cx.http.PbxTransportException;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * {@code pageSize} under bad input and faults: odd top/skip, a PBX that ignores or caps $top, malformed pages,
 * failures, 401s and expired tokens between pages, transport faults on a later page, a stopped context, and
 * secrets in the texts of all of these.
 */
class PagingAttackTest extends ThreeCxTestSupport {

    private static final Pattern TOP = Pattern.compile("(?:^|&)\\$top=(-?\\d+)");
    private static final Pattern SKIP = Pattern.compile("(?:^|&)\\$skip=(\\d+)");
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    @Override
    protected void configure(ThreeCxComponent component) {
        component.setClock(clock);
    }

    // ---- helpers

    /** A PBX with {@code users} users (Id 1...) that honours $top and $skip, capped at {@code maxPage} per page. */
    private void usersOnThePbx(int users, int maxPage, boolean nextLink) {
        pbx.respond(r -> {
            long top = Math.min(number(TOP, r.rawQuery(), Integer.MAX_VALUE), maxPage);
            long skip = number(SKIP, r.rawQuery(), 0);
            StringBuilder page = new StringBuilder("{");
            if (r.rawQuery() != null && r.rawQuery().contains("$count=true")) {
                page.append("\"@odata.count\":").append(users).append(',');
            }
            page.append("\"value\":[");
            long last = Math.min(users, skip + Math.max(top, 0));
            for (long id = skip + 1; id <= last; id++) {
                page.append(id > skip + 1 ? "," : "").append("{\"Id\":").append(id).append('}');
            }
            page.append(']');
            if (nextLink && last < users) {
                page.append(",\"@odata.nextLink\":\"").append(pbx.baseUrl()).append("/xapi/v1/Users?$skip=")
                        .append(last).append('"');
            }
            return Reply.json(200, page.append('}').toString());
        });
    }

    private void usersOnThePbx(int users) {
        usersOnThePbx(users, Integer.MAX_VALUE, false);
    }

    private static long number(Pattern p, String query, long otherwise) {
        Matcher m = p.matcher(query == null ? "" : query);
        return m.find() ? Long.parseLong(m.group(1)) : otherwise;
    }

    private static String page(int from, int to) {
        StringBuilder page = new StringBuilder("{\"value\":[");
        for (int id = from; id <= to; id++) {
            page.append(id > from ? "," : "").append("{\"Id\":").append(id).append('}');
        }
        return page.append("]}").toString();
    }

    private Iterator<?> iterator(String uri) {
        return assertInstanceOf(Iterator.class, call(uri, null).getMessage().getBody());
    }

    private static int openClients(ThreeCxComponent component) throws Exception {
        Method clients = ThreeCxComponent.class.getDeclaredMethod("clients");
        clients.setAccessible(true);
        return ((PbxClientRegistry) clients.invoke(component)).size();
    }

    private static String allText(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(c).append(" | ");
        }
        return out.toString();
    }

    // ---- odd top, skip and pageSize values

    @Test
    void topZeroGivesAnEmptyIterator() {
        usersOnThePbx(5);

        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2&top=0");

        assertEquals(List.of(), ids(items));
        assertTrue(pbx.apiRequests().size() <= 1, pagesAsked().toString());
    }

    @Test
    void aHugeTopIsOnlyACapAndPagingStopsAtTheShortPage() {
        usersOnThePbx(5);

        assertEquals(List.of(1, 2, 3, 4, 5), ids(iterator("threecx:users/listUser?pageSize=2&top=9223372036854775807")));
        assertEquals(List.of("$top=2&$skip=0", "$top=2&$skip=2", "$top=2&$skip=4"), pagesAsked());
    }

    @Test
    void aSkipBeyondTheEndGivesAnEmptyIteratorInOneRequest() {
        usersOnThePbx(5);

        assertEquals(List.of(), ids(iterator("threecx:users/listUser?pageSize=2&skip=1000")));
        assertEquals(List.of("$top=2&$skip=1000"), pagesAsked());
    }

    @Test
    void pageSizeOneReadsEveryItemOnePerRequestAndOneEmptyPage() {
        usersOnThePbx(3);

        assertEquals(List.of(1, 2, 3), ids(iterator("threecx:users/listUser?pageSize=1")));
        assertEquals(List.of("$top=1&$skip=0", "$top=1&$skip=1", "$top=1&$skip=2", "$top=1&$skip=3"), pagesAsked());
    }

    @Test
    void pageSizeZeroGivenExplicitlyMeansNoPagingAndAList() {
        usersOnThePbx(3);

        Object body = call("threecx:users/listUser?pageSize=0", null).getMessage().getBody();

        assertEquals(3, assertInstanceOf(List.class, body).size());
        assertEquals(1, pbx.apiRequests().size());
        assertNull(pbx.singleApiRequest().rawQuery(), "no $top/$skip without paging");
    }

    @Test
    void aPageSizeBeyondTheIntRangeIsRefusedNamingPageSizeAndNotShowingTheSecret() {
        for (String huge : List.of("99999999999", "2147483648", "4294967298")) {
            String uri = "threecx:users/listUser?pageSize=" + huge + "&clientSecret=" + CLIENT_SECRET;
            Endpoint endpoint;
            try {
                endpoint = context.getEndpoint(uri);
            } catch (ResolveEndpointFailedException e) {
                assertTrue(allText(e).contains("pageSize"), allText(e));
                assertFalse(allText(e).contains(CLIENT_SECRET), allText(e));
                continue;
            }
            fail("pageSize=" + huge + " was accepted as pageSize=" + ((ThreeCxEndpoint) endpoint).getPageSize());
        }
        assertTrue(pbx.apiRequests().isEmpty() && pbx.tokenRequests().isEmpty());
    }

    @Test
    void aPageSizeThatIsNoNumberIsRefusedNamingPageSize() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:users/listUser?pageSize=lots"));

        assertTrue(allText(e).contains("pageSize"), allText(e));
    }

    @Test
    void pageSizeOnACollectionWithoutTopAndSkipIsRefusedAtEndpointCreation() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("threecx:users/getDuplicatedEmails?pageSize=10"));

        assertTrue(e.getCause().getMessage().contains("does not answer such a collection"), e.getCause().getMessage());
    }

    @Test
    void topAndSkipGivenAsHeadersCapAndStartThePages() {
        usersOnThePbx(10);

        Exchange e = template.request("threecx:users/listUser?pageSize=2", x -> {
            x.getIn().setHeader("CamelThreeCx.top", "3");
            x.getIn().setHeader("CamelThreeCx.skip", 4L);
        });

        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        assertEquals(List.of(5, 6, 7), ids((Iterator<?>) e.getMessage().getBody()));
        assertEquals(List.of("$top=2&$skip=4", "$top=1&$skip=6"), pagesAsked());
    }

    @Test
    void aSkipThatLeavesTheInt32RangeOnALaterPageFailsFromTheIteratorNamingItsSkip() {
        // activeCalls/listActiveCall of 20.0.8 declares $skip as INT32: the page after 2147483600+100 cannot be
        // asked for.
        pbx.respond(r -> {
            int top = (int) number(TOP, r.rawQuery(), 100);
            return Reply.json(200, page(1, top));
        });
        Iterator<?> items = iterator("threecx:activeCalls/listActiveCall?apiVersion=20.0.8&pageSize=100&skip=2147483600");
        for (int i = 0; i < 100; i++) {
            items.next();
        }

        RuntimeException failure = assertThrows(RuntimeException.class, items::next, "pages asked " + pagesAsked());

        assertInstanceOf(RuntimeCamelException.class, failure, "a page failure is documented as RuntimeCamelException: "
                + failure);
        assertTrue(failure.getMessage().contains("$skip=2147483700"), failure.getMessage());
    }

    // ---- pageSize as a header

    @Test
    void pageSizeAsAHeaderIsRefusedNotSilentlyIgnored() {
        usersOnThePbx(5);

        Exchange e = template.request("threecx:users/listUser", x -> x.getIn().setHeader("CamelThreeCx.pageSize", 2));

        assertInstanceOf(IllegalArgumentException.class, e.getException(), "the header was silently "
                + (e.getException() == null ? "ignored: body " + e.getMessage().getBody() : "refused differently"));
        assertTrue(pbx.apiRequests().isEmpty(), pagesAsked().toString());
    }

    @Test
    void pageSizeAsAHeaderIsRefusedWithAMessageSayingItIsAnEndpointUriOption() {
        Exchange e = template.request("threecx:users/listUser", x -> x.getIn().setHeader("CamelThreeCx.pageSize", 2));

        assertNotNull(e.getException());
        String message = e.getException().getMessage();
        // The documented option pageSize exists; "names no option of any 3CX operation ... would be ignored" and a
        // list of OData options sends the user looking for a typo that is not there.
        assertTrue(message.contains("pageSize") && (message.contains("endpoint") || message.contains("URI")),
                message);
    }

    // ---- counts and output headers

    @Test
    void countTrueSetsTheODataCountHeaderFromTheFirstPage() {
        usersOnThePbx(5);

        Exchange e = call("threecx:users/listUser?pageSize=2&count=true", null);

        assertEquals(5L, e.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT));
        assertEquals(List.of(1, 2, 3, 4, 5), ids((Iterator<?>) e.getMessage().getBody()));
        assertTrue(pagesAsked().stream().allMatch(q -> q.contains("$count=true")), pagesAsked().toString());
    }

    @Test
    void anODataCountLeftByAnEarlierStepIsClearedByAPagedCallWithoutCount() {
        usersOnThePbx(3);

        Exchange e = template.request("threecx:users/listUser?pageSize=2", x -> {
            x.getIn().setHeader(ThreeCxConstants.ODATA_COUNT, 999L);
            x.getIn().setHeader(ThreeCxConstants.ERROR_CODE, "stale");
        });

        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        assertNull(e.getMessage().getHeader(ThreeCxConstants.ODATA_COUNT));
        assertNull(e.getMessage().getHeader(ThreeCxConstants.ERROR_CODE));
    }

    // ---- what the PBX answers

    @Test
    void aPbxThatIgnoresTopStillDeliversNoMoreThanTop() {
        pbx.respond(r -> Reply.json(200, page(1, 5)));

        assertEquals(List.of(1, 2, 3), ids(iterator("threecx:users/listUser?pageSize=2&top=3")));
        assertEquals(1, pbx.apiRequests().size(), "a longer page than asked ends the paging");
    }

    @Test
    void aPbxThatIgnoresTopIsReadOnceNotForever() {
        pbx.respond(r -> Reply.json(200, page(1, 5)));

        assertEquals(List.of(1, 2, 3, 4, 5), ids(iterator("threecx:users/listUser?pageSize=2")));
        assertEquals(1, pbx.apiRequests().size());
    }

    @Test
    void anEmptyFirstPageIsAnEmptyIterator() {
        pbx.respond(r -> Reply.json(200, "{\"value\":[]}"));

        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");

        assertFalse(items.hasNext());
        assertThrows(NoSuchElementException.class, items::next);
        assertEquals(1, pbx.apiRequests().size());
    }

    @Test
    void aFirstPageWithoutValueIsAThreeCxFailureNotANullPointer() {
        pbx.respond(r -> Reply.json(200, "{\"@odata.context\":\"x\"}"));

        Exchange e = template.request("threecx:users/listUser?pageSize=2", x -> {
        });

        assertNotNull(e.getException(), "no failure; body " + e.getMessage().getBody());
        assertFalse(e.getException() instanceof NullPointerException, allText(e.getException()));
        assertFalse(e.getException() instanceof ClassCastException, allText(e.getException()));
    }

    @Test
    void aFirstPageWithANullValueIsNoNullPointer() {
        pbx.respond(r -> Reply.json(200, "{\"value\":null}"));

        Exchange e = template.request("threecx:users/listUser?pageSize=2", x -> {
        });

        // Either an empty iterator (as a later page with value null gives) or a named failure; never an NPE.
        if (e.getException() != null) {
            assertFalse(e.getException() instanceof NullPointerException, allText(e.getException()));
        } else {
            assertFalse(assertInstanceOf(Iterator.class, e.getMessage().getBody()).hasNext());
        }
    }

    @Test
    void aLaterPageWithoutValueFailsInsteadOfEndingTheCollectionSilently() {
        pbx.enqueue(Reply.json(200, page(1, 2)), Reply.json(200, "{\"@odata.context\":\"x\"}"));
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        items.next();
        items.next();

        // A page that is no collection is not "the PBX has no more": the unpaged call would not turn it into [].
        assertThrows(RuntimeCamelException.class, items::next, "the collection ended silently after 2 items");
    }

    @Test
    void aPbxThatCapsPagesBelowPageSizeAndSaysSoWithANextLinkLosesNoItem() {
        // OData servers may cap $top (server-driven paging) and then answer @odata.nextLink. A short page with a
        // nextLink is not the last one.
        usersOnThePbx(8, 3, true);

        List<Object> ids = ids(iterator("threecx:users/listUser?pageSize=5"));

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), ids, "items silently lost; pages asked " + pagesAsked());
    }

    // ---- failures of later pages

    /** Sends through a route with a streaming split of a paged listUser; returns the exchange, fills {@code seen}. */
    private Exchange splitWithASecondPageThatFails(List<Object> seen) throws Exception {
        pbx.enqueue(Reply.json(200, page(1, 2)), Reply.json(503, "{\"error\":{\"code\":\"\",\"message\":\"busy\"}}"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split").to("threecx:users/listUser?pageSize=2&throwExceptionOnFailure=false")
                        .split(body()).streaming().process(x -> seen.add(x.getIn().getBody(Map.class).get("Id")));
            }
        });
        return template.request("direct:split", x -> {
        });
    }

    @Test
    void aLaterPageFailureFailsAStreamingSplitEvenWithThrowExceptionOnFailureFalse() throws Exception {
        Exchange e = splitWithASecondPageThatFails(new ArrayList<>());

        assertNotNull(e.getException(), "the split ended as if the collection were complete");
        ThreeCxException cause = null;
        for (Throwable t = e.getException(); t != null; t = t.getCause()) {
            if (t instanceof ThreeCxException x) {
                cause = x;
            }
        }
        assertNotNull(cause, allText(e.getException()));
        assertEquals(503, cause.getStatusCode());
        assertTrue(allText(e.getException()).contains("$skip=2"), allText(e.getException()));
    }

    @Test
    void everyItemBeforeAFailedPageReachesTheStreamingSplit() throws Exception {
        // The docs: "the items before it were delivered". The splitter looks ahead (hasNext() after next(), to set
        // CamelSplitComplete), so a page failure thrown from hasNext() can cost the last item of the page before.
        List<Object> seen = new ArrayList<>();
        Exchange e = splitWithASecondPageThatFails(seen);

        assertEquals(List.of(1, 2), seen, "failure: " + e.getException());
    }

    @Test
    void afterALaterPageFailedTheIteratorDoesNotPretendToBeComplete() {
        pbx.enqueue(Reply.json(200, page(1, 2)), Reply.json(503, "{\"error\":{\"code\":\"\",\"message\":\"busy\"}}"));
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        items.next();
        items.next();
        assertTrue(items.hasNext(), "a failed page is no end: hasNext() answers true and next() throws");
        RuntimeCamelException first = assertThrows(RuntimeCamelException.class, items::next);

        // A caller that catches and asks again (a retry loop, a framework wrapping the iterator) must not read
        // "no more items": the collection was not read to its end.
        assertTrue(items.hasNext());
        assertSame(first, assertThrows(RuntimeCamelException.class, items::next));
        assertEquals(2, pbx.apiRequests().size(), "the failed page is not asked for again behind the caller's back");
    }

    @Test
    void a429OnALaterPageKeepsRetryAfterOnTheCause() {
        pbx.enqueue(Reply.json(200, page(1, 2)));
        pbx.respond(r -> Reply.json(200, page(3, 3)));
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        items.next();
        items.next();
        pbx.enqueue(new Reply(429, "application/json", "{\"error\":{\"code\":\"\",\"message\":\"slow down\"}}"));

        RuntimeCamelException failure = assertThrows(RuntimeCamelException.class, items::next);

        ThreeCxException cause = assertInstanceOf(ThreeCxException.class, failure.getCause());
        assertEquals(429, cause.getStatusCode());
        assertTrue(failure.getMessage().contains("slow down"), failure.getMessage());
    }

    @Test
    void aLaterPageFailureNeverShowsTheBearerTokenTheServerEchoes() {
        pbx.enqueue(Reply.json(200, page(1, 2)));
        pbx.respond(r -> Reply.json(400, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Rejected "
                + r.header("Authorization") + "\"}}"));
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        items.next();
        items.next();

        RuntimeCamelException failure = assertThrows(RuntimeCamelException.class, items::next);

        assertTrue(failure.getMessage().contains("$skip=2"), failure.getMessage());
        assertFalse(allText(failure).contains("token-1"), allText(failure));
    }

    @Test
    void aTokenRefusedBeforeALaterPageNeverShowsTheClientSecret() {
        usersOnThePbx(5);
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        items.next();
        items.next();
        clock.advance(Duration.ofHours(2));
        pbx.enqueueTokenReplies(Reply.json(400, "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
                + CLIENT_SECRET + "\"}"));

        RuntimeCamelException failure = assertThrows(RuntimeCamelException.class, items::next);

        assertTrue(failure.getMessage().contains("$skip=2"), failure.getMessage());
        assertFalse(allText(failure).contains(CLIENT_SECRET), allText(failure));
    }

    // ---- tokens between pages

    @Test
    void a401OnALaterPageIsReplayedOnceWithANewToken() {
        usersOnThePbx(5);
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        items.next();
        pbx.revokeActiveToken(); // someone else of the same client fetched a token

        assertEquals(List.of(2, 3, 4, 5), ids(items));
        assertEquals(2, pbx.tokenRequests().size());
        assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-3", "Bearer token-3"),
                pbx.apiRequests().stream().map(r -> r.header("Authorization")).toList());
    }

    @Test
    void aTokenThatExpiredBetweenPagesIsRenewedBeforeTheNextPageIsAsked() {
        usersOnThePbx(5);
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        clock.advance(Duration.ofHours(2));

        assertEquals(List.of(1, 2, 3, 4, 5), ids(items));
        assertEquals(2, pbx.tokenRequests().size());
        assertEquals(3, pbx.apiRequests().size(), "no 401 round trip: " + pbx.apiRequests());
    }

    // ---- the iterator itself

    @Test
    void nextPastTheEndThrowsNoSuchElementWithoutAskingThePbxAgain() {
        usersOnThePbx(3);
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        ids(items);
        int asked = pbx.apiRequests().size();

        assertThrows(NoSuchElementException.class, items::next);
        assertThrows(NoSuchElementException.class, items::next);
        assertFalse(items.hasNext());
        assertEquals(asked, pbx.apiRequests().size());
    }

    @Test
    void aFilterHeaderChangedAfterTheCallDoesNotReachLaterPages() {
        usersOnThePbx(3);
        List<String> select = new ArrayList<>(List.of("Id"));

        Exchange e = template.request("threecx:users/listUser?pageSize=2", x -> {
            x.getIn().setHeader("CamelThreeCx.filter", "Enabled eq true");
            x.getIn().setHeader("CamelThreeCx.select", select);
        });
        assertNull(e.getException(), () -> String.valueOf(e.getException()));
        e.getMessage().setHeader("CamelThreeCx.filter", "Enabled eq false");
        e.getMessage().setHeader("CamelThreeCx.top", 1);
        select.add("Number");
        ids((Iterator<?>) e.getMessage().getBody());

        assertEquals(List.of("$top=2&$skip=0&$filter=Enabled%20eq%20true&$select=Id",
                "$top=2&$skip=2&$filter=Enabled%20eq%20true&$select=Id"), pagesAsked());
    }

    @Test
    void iteratingAfterTheContextStoppedLeavesNoPooledClientOpen() throws Exception {
        usersOnThePbx(5);
        Iterator<?> items = iterator("threecx:users/listUser?pageSize=2");
        items.next();
        items.next();

        context.stop();
        assertEquals(0, openClients(component));
        RuntimeException failure = null;
        try {
            ids(items);
        } catch (RuntimeException e) {
            failure = e;
        }

        // Either a clear failure or the items; in neither case a connection pool nobody will ever close.
        assertEquals(0, openClients(component), "iterating after stop opened a pool that no one releases (pages asked "
                + pagesAsked() + ", failure " + failure + ")");
    }

    // ---- the simulator's faults on a later page

    private static final class Sim implements AutoCloseable {
        final SimulatorCamel pbx = SimulatorCamel.start(ThreeCxSimulator.builder().https(false));
        final ThreeCxSimulator sim = pbx.sim();
        final ProducerTemplate template = pbx.template();

        List<Object> allUserIds() {
            List<?> all = template.requestBody("threecx:users/listUser?select=Id&orderBy=Id", (Object) null, List.class);
            return all.stream().map(u -> ((Map<?, ?>) u).get("Id")).map(Object.class::cast).toList();
        }

        Iterator<?> pagedUsers(String extra) {
            Exchange e = template.request("threecx:users/listUser?select=Id&orderBy=Id&pageSize=2" + extra, x -> {
            });
            assertNull(e.getException(), () -> String.valueOf(e.getException()));
            return assertInstanceOf(Iterator.class, e.getMessage().getBody());
        }

        List<String> apiCalls() {
            return pbx.apiCalls();
        }

        @Override
        public void close() {
            pbx.close();
        }
    }

    @Test
    void aConnectionResetOnPage2IsThrownFromTheIteratorNamingItsSkipOrRetried() {
        try (Sim s = new Sim()) {
            List<Object> all = s.allUserIds();
            assertTrue(all.size() > 3, "the simulator needs more than 3 users: " + all);
            Iterator<?> items = s.pagedUsers("");
            items.next();
            items.next();
            s.sim.faults().forOperation("users/listUser").connectionReset().times(1);

            try {
                assertEquals(all.subList(2, all.size()), ids(items));
            } catch (RuntimeException failure) {
                assertInstanceOf(RuntimeCamelException.class, failure, allText(failure));
                assertInstanceOf(PbxTransportException.class, failure.getCause(), allText(failure));
                assertTrue(failure.getMessage().contains("$skip=2"), failure.getMessage());
                assertFalse(allText(failure).contains(s.sim.clientSecret()), allText(failure));
            }
        }
    }

    @Test
    void aLaterPageBeyondResponseTimeoutFailsFromTheIteratorNamingItsSkip() {
        try (Sim s = new Sim()) {
            Iterator<?> items = s.pagedUsers("&responseTimeout=300");
            items.next();
            items.next();
            s.sim.faults().forOperation("users/listUser").latency(Duration.ofMillis(1500)).times(1);

            RuntimeCamelException failure = assertThrows(RuntimeCamelException.class, items::next);

            assertInstanceOf(PbxTransportException.class, failure.getCause(), allText(failure));
            assertTrue(failure.getMessage().contains("$skip=2") && failure.getMessage().contains("300 ms"),
                    failure.getMessage());
        }
    }

    @Test
    void tokensRevokedBetweenPagesOnTheSimulatorAreReplacedAndNoUserIsLostOrRepeated() {
        try (Sim s = new Sim()) {
            List<Object> all = s.allUserIds();
            Iterator<?> items = s.pagedUsers("");
            List<Object> seen = new ArrayList<>();
            seen.add(((Map<?, ?>) items.next()).get("Id"));
            s.sim.revokeTokens();
            seen.addAll(ids(items));

            assertEquals(all, seen, s.apiCalls().toString());
        }
    }

    @Test
    void a503OnALaterSimulatorPageNamesTheSkipAndTheStatus() {
        try (Sim s = new Sim()) {
            Iterator<?> items = s.pagedUsers("&throwExceptionOnFailure=false");
            items.next();
            items.next();
            s.sim.faults().forOperation("users/listUser").status(503).times(1);

            RuntimeCamelException failure = assertThrows(RuntimeCamelException.class, items::next);

            assertEquals(503, assertInstanceOf(ThreeCxException.class, failure.getCause()).getStatusCode());
            assertTrue(failure.getMessage().contains("$skip=2"), failure.getMessage());
        }
    }
}

package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.RecordingPbx.Reply;
import io.camel3cx.component.support.ThreeCxTestSupport;

/** {@code pageSize}: a collection read lazily, page by page, through $top and $skip. */
class PagingTest extends ThreeCxTestSupport {

    private static final Pattern TOP = Pattern.compile("(?:^|&)\\$top=(\\d+)");
    private static final Pattern SKIP = Pattern.compile("(?:^|&)\\$skip=(\\d+)");

    /** A PBX with {@code users} users (Id 1...) that honours $top and $skip. */
    private void usersOnThePbx(int users) {
        pbx.respond(r -> {
            int top = number(TOP, r.rawQuery(), Integer.MAX_VALUE);
            int skip = number(SKIP, r.rawQuery(), 0);
            StringBuilder page = new StringBuilder("{\"value\":[");
            for (int id = skip + 1; id <= Math.min(users, (long) skip + top); id++) {
                page.append(id > skip + 1 ? "," : "").append("{\"Id\":").append(id).append('}');
            }
            return Reply.json(200, page.append("]}").toString());
        });
    }

    private static int number(Pattern p, String query, int otherwise) {
        Matcher m = p.matcher(query == null ? "" : query);
        return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
    }

    @Test
    void pagesAreReadOnlyAsTheItemsAreTaken() {
        usersOnThePbx(5);

        Exchange e = call("threecx:users/listUser?pageSize=2&select=Id", null);

        Iterator<?> items = assertInstanceOf(Iterator.class, e.getMessage().getBody());
        assertEquals(List.of("$top=2&$skip=0&$select=Id"), pagesAsked(), "only the first page, by the call itself");
        assertEquals(200, e.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertEquals(List.of(1, 2, 3, 4, 5), ids(items));
        assertEquals(List.of("$top=2&$skip=0&$select=Id", "$top=2&$skip=2&$select=Id", "$top=2&$skip=4&$select=Id"),
                pagesAsked(), "the short third page ends it");
    }

    @Test
    void aFullLastPageIsFollowedByOneEmptyPage() {
        usersOnThePbx(4);

        assertEquals(List.of(1, 2, 3, 4), ids((Iterator<?>) call("threecx:users/listUser?pageSize=2", null)
                .getMessage().getBody()));
        assertEquals(List.of("$top=2&$skip=0", "$top=2&$skip=2", "$top=2&$skip=4"), pagesAsked());
    }

    @Test
    void topCapsTheTotalAndSkipIsWhereItStarts() {
        usersOnThePbx(10);

        Iterator<?> items = (Iterator<?>) call("threecx:users/listUser?pageSize=2&top=3&skip=1", null)
                .getMessage().getBody();

        assertEquals(List.of(2, 3, 4), ids(items));
        assertEquals(List.of("$top=2&$skip=1", "$top=1&$skip=3"), pagesAsked(), "the last page asks only for what is left");
    }

    @Test
    void headersGiveTheOptionsOnceForEveryPage() {
        usersOnThePbx(3);

        Exchange e = template.request("threecx:users/listUser?pageSize=2", x -> {
            x.getIn().setHeader("CamelThreeCx.filter", "Enabled eq true");
        });
        e.getMessage().removeHeader("CamelThreeCx.filter"); // a later change does not reach the pages still to come
        ids((Iterator<?>) e.getMessage().getBody());

        assertEquals(List.of("$top=2&$skip=0&$filter=Enabled%20eq%20true", "$top=2&$skip=2&$filter=Enabled%20eq%20true"),
                pagesAsked());
    }

    @Test
    void aLaterPageThatFailsIsThrownFromTheIteratorNamingWhere() {
        pbx.enqueue(Reply.json(200, "{\"value\":[{\"Id\":1},{\"Id\":2}]}"),
                Reply.json(503, "{\"error\":{\"code\":\"\",\"message\":\"busy\"}}"));

        Iterator<?> items = (Iterator<?>) call("threecx:users/listUser?pageSize=2", null).getMessage().getBody();
        items.next();
        items.next();
        RuntimeCamelException failure = assertThrows(RuntimeCamelException.class, items::next);

        assertTrue(failure.getMessage().contains("users/listUser: reading the page at $skip=2 failed")
                   && failure.getMessage().contains("busy"), failure.getMessage());
        ThreeCxException cause = assertInstanceOf(ThreeCxException.class, failure.getCause());
        assertEquals(503, cause.getStatusCode());
    }

    @Test
    void aFirstPageThatFailsIsTheCallsFailure() {
        pbx.enqueue(Reply.json(403, "{\"error\":{\"code\":\"\",\"message\":\"Forbidden\"}}"),
                Reply.json(403, "{\"error\":{\"code\":\"\",\"message\":\"Forbidden\"}}"));

        Exchange thrown = template.request("threecx:users/listUser?pageSize=2", x -> {
        });
        Exchange kept = template.request("threecx:users/listUser?pageSize=2&throwExceptionOnFailure=false", x -> {
        });

        assertEquals(403, assertInstanceOf(ThreeCxException.class, thrown.getException()).getStatusCode());
        assertNull(kept.getException());
        assertEquals(403, kept.getMessage().getHeader(ThreeCxConstants.RESPONSE_CODE));
        assertInstanceOf(Map.class, kept.getMessage().getBody(), "the parsed error, as without paging");
    }

    @Test
    void aStreamingSplitHandlesEveryItem() throws Exception {
        usersOnThePbx(25);
        List<Object> seen = new ArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:every-user").to("threecx:users/listUser?pageSize=10&select=Id")
                        .split(body()).streaming().process(x -> seen.add(x.getIn().getBody(Map.class).get("Id")));
            }
        });

        template.sendBody("direct:every-user", null);

        assertEquals(25, seen.size());
        assertEquals(1, seen.get(0));
        assertEquals(25, seen.get(24));
        assertEquals(3, pbx.apiRequests().size());
    }

    @Test
    void pageSizeIsRefusedWhereItCannotPage() {
        for (String[] wrong : new String[][] {
            {"threecx:users/getUser?id=1&pageSize=10", "does not answer such a collection"},
            {"threecx:users/listUser?pageSize=10&raw=true", "pageSize and raw exclude each other"},
            {"threecx:users/listUser?pageSize=-1", "pageSize must be 0 (no paging) or a number of items per page"}}) {
            ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                    () -> context.getEndpoint(wrong[0]));
            assertTrue(e.getCause().getMessage().contains(wrong[1]), e.getCause().getMessage());
        }
        assertTrue(pbx.apiRequests().isEmpty() && pbx.tokenRequests().isEmpty());
    }
}

package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camel3cx.component.support.SimulatorCamel;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * {@code pageSize} against the simulator, whose $top/$skip/$orderby behave as a PBX's: a paged read returns exactly
 * what one unpaged read of the same query returns, in the same order, one request per page.
 */
class PagingOnSimulatorTest {

    private static final String CALL_LOG = "threecx:reportCallLogData/getCallLogData?periodFrom=2025-06-30T00:00:00Z"
            + "&periodTo=2025-07-01T00:00:00Z&sourceType=0&destinationType=0&callsType=0&callTimeFilterType=0"
            + "&hidePcalls=true&orderBy=StartTime&select=StartTime,SourceDn";

    private SimulatorCamel pbx;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        pbx = SimulatorCamel.start(ThreeCxSimulator.builder().https(false).callLogRows(250));
        template = pbx.template();
    }

    @AfterEach
    void stop() {
        pbx.close();
    }

    private List<String> apiQueries() {
        return pbx.sim().requestLog().stream().filter(r -> r.path().startsWith("/xapi/")).map(RecordedRequest::rawQuery)
                .toList();
    }

    @Test
    void aPagedCallLogIsTheUnpagedOneInPagesOf100() {
        List<?> whole = template.requestBody(CALL_LOG, (Object) null, List.class);
        pbx.sim().clearRequestLog();

        Iterator<?> paged = assertInstanceOf(Iterator.class, template.requestBody(CALL_LOG + "&pageSize=100", (Object) null));
        List<Object> items = new ArrayList<>();
        paged.forEachRemaining(items::add);

        assertEquals(250, whole.size(), "the simulator was asked for 250 call-log rows");
        assertEquals(whole, items);
        List<String> queries = apiQueries();
        assertEquals(3, queries.size(), queries.toString());
        assertEquals(List.of("$top=100&$skip=0", "$top=100&$skip=100", "$top=100&$skip=200"),
                queries.stream().map(q -> q.replaceAll(".*?(\\$top=\\d+)&(\\$skip=\\d+).*", "$1&$2")).toList());
    }

    @Test
    void aStreamingSplitSeesEveryUserOnce() throws Exception {
        int users = template.requestBody("threecx:users/listUser?select=Id", (Object) null, List.class).size();
        List<Object> seen = new ArrayList<>();
        pbx.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:users").to("threecx:users/listUser?select=Id&orderBy=Id&pageSize=3")
                        .split(body()).streaming().process(e -> seen.add(e.getIn().getBody(Map.class).get("Id")));
            }
        });

        template.sendBody("direct:users", null);

        assertEquals(users, seen.size());
        assertEquals(users, seen.stream().distinct().count(), "no user twice: " + seen);
    }
}

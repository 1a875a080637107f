package io.camel3cx.simulator.state;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.Operation;
import io.camel3cx.simulator.http.Json;
import io.camel3cx.simulator.http.XapiRequest;
import io.camel3cx.simulator.http.XapiResponse;
import io.camel3cx.simulator.odata.EntityProjection;
import io.camel3cx.simulator.odata.JsonValueOrder;
import io.camel3cx.simulator.odata.ODataErrorException;
import io.camel3cx.simulator.odata.QueryOptions;
import io.camel3cx.simulator.odata.QueryOptionsParser;
import io.camel3cx.simulator.samples.SampleGenerator;

/**
 * Serves the generated call log through the report and history operations
 * ({@code reportCallLogData/getCallLogData}, {@code callHistoryView/listCallHistoryView}, ...). Rows are
 * generated while the answer is written, page by page, so a log of millions of rows costs no memory; a
 * {@code periodFrom}/{@code periodTo} window is an index range, computed without scanning.
 */
final class CallLogOperations {

    /** Sorting needs every matching row in memory; beyond this many the simulator refuses instead. */
    static final int MAX_SORTED_ROWS = 100_000;

    /** Operation keys answered from the call log. */
    static final Set<String> OPERATIONS = Set.of("reportCallLogData/getCallLogData",
            "reportCallLogData/getOldCallLogData", "callHistoryView/listCallHistoryView", "users/getCallLog");

    private final PbxState state;
    private final SampleGenerator samples;
    private final QueryOptionsParser options;
    private final Map<String, CallLogRows> rowsBySchema = new ConcurrentHashMap<>();

    CallLogOperations(PbxState state, SampleGenerator samples, QueryOptionsParser options) {
        this.state = state;
        this.samples = samples;
        this.options = options;
    }

    static boolean serves(Operation op) {
        return OPERATIONS.contains(op.key()) && op.response().shape() != null && op.response().shape().ref() != null
                && op.response().kind() == io.camel3cx.catalog.ResponseKind.COLLECTION;
    }

    XapiResponse handle(XapiRequest request) {
        Operation op = request.operation();
        CallLogRows rows = rowsBySchema.computeIfAbsent(op.response().shape().ref(), s -> new CallLogRows(s, samples));
        QueryOptions q = options.parse(request.query(), op, rows.shape(), rows.schema(), Set.of());
        OffsetDateTime from = (OffsetDateTime) request.route().path("periodFrom");
        OffsetDateTime to = (OffsetDateTime) request.route().path("periodTo");
        if (from != null && to != null && from.isAfter(to)) {
            throw ODataErrorException.badRequest("periodFrom " + from + " is after periodTo " + to);
        }
        CallLogGenerator log = state.callLog();
        CallLogGenerator.Range range = log.period(from, to);
        String context = request.baseUrl() + "/xapi/v1/$metadata#Collection(" + rows.schema() + ")";
        if (!q.orderBy().isEmpty()) {
            return sorted(rows, q, range, context);
        }
        return XapiResponse.streaming(200, out -> stream(out, rows, q, range, context));
    }

    private void stream(OutputStream out, CallLogRows rows, QueryOptions q, CallLogGenerator.Range range, String context)
            throws IOException {
        CallLogGenerator log = state.callLog();
        long count = -1;
        if (q.count()) {
            count = q.filter() == null ? range.size() : countMatching(rows, q, range);
        }
        long skip = q.skip() == null ? 0 : q.skip();
        long top = q.top() == null ? Long.MAX_VALUE : q.top();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("@odata.context", context);
            if (count >= 0) {
                g.writeNumberField("@odata.count", count);
            }
            g.writeArrayFieldStart("value");
            long written = 0;
            if (q.filter() == null) {
                // Without a filter $skip is arithmetic: jump straight to the first row of the page.
                for (long i = range.from() + skip; i < range.to() && written < top; i++, written++) {
                    g.writeTree(project(rows.row(log.record(i)), q));
                }
            } else {
                long skipped = 0;
                for (long i = range.from(); i < range.to() && written < top; i++) {
                    ObjectNode row = rows.row(log.record(i));
                    if (!q.filter().test(row)) {
                        continue;
                    }
                    if (skipped++ < skip) {
                        continue;
                    }
                    g.writeTree(project(row, q));
                    written++;
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private long countMatching(CallLogRows rows, QueryOptions q, CallLogGenerator.Range range) {
        long n = 0;
        for (long i = range.from(); i < range.to(); i++) {
            if (q.filter().test(rows.row(state.callLog().record(i)))) {
                n++;
            }
        }
        return n;
    }

    private XapiResponse sorted(CallLogRows rows, QueryOptions q, CallLogGenerator.Range range, String context) {
        List<ObjectNode> matching = new ArrayList<>();
        for (long i = range.from(); i < range.to(); i++) {
            ObjectNode row = rows.row(state.callLog().record(i));
            if (q.filter() == null || q.filter().test(row)) {
                matching.add(row);
                if (matching.size() > MAX_SORTED_ROWS) {
                    throw ODataErrorException.badRequest("$orderby over more than " + MAX_SORTED_ROWS
                            + " generated call-log rows is not supported by the simulator; narrow the period or $filter");
                }
            }
        }
        matching.sort(JsonValueOrder.of(q.orderBy()));
        int from = (int) Math.min(matching.size(), q.skip() == null ? 0 : q.skip());
        // from + top could overflow: $top=9223372036854775807 is a valid "all the rest".
        int to = q.top() == null ? matching.size() : from + (int) Math.min(q.top(), matching.size() - from);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("@odata.context", context);
        if (q.count()) {
            body.put("@odata.count", matching.size());
        }
        var value = body.putArray("value");
        for (ObjectNode row : matching.subList(from, to)) {
            value.add(project(row, q));
        }
        return XapiResponse.ok(body);
    }

    private static ObjectNode project(ObjectNode row, QueryOptions q) {
        return EntityProjection.project(row, q.select(), q.expand(), null);
    }
}

package io.camel3cx.simulator.state;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.simulator.odata.ShapeResolver;
import io.camel3cx.simulator.samples.SampleGenerator;

/**
 * Shapes a {@link CallRecord} as a row of a release's call-log schema ({@code Pbx.CallLogData},
 * {@code Pbx.CallHistoryView}, ...): a sample of the schema with the call's facts in the properties whose
 * names 3CX uses for them. Properties that a release lacks are simply not set.
 */
final class CallLogRows {

    private static final Map<String, Function<CallRecord, Object>> FACTS = Map.ofEntries(
            Map.entry("CallId", c -> c.id()),
            Map.entry("SegmentId", c -> c.id()),
            Map.entry("CdrId", c -> uuid(c, "cdr")),
            Map.entry("CallHistoryId", c -> uuid(c, "history")),
            Map.entry("MainCallHistoryId", c -> uuid(c, "history")),
            Map.entry("StartTime", c -> c.start().toString()),
            Map.entry("SegmentStartTime", c -> c.start().toString()),
            Map.entry("SegmentEndTime", c -> c.end().toString()),
            Map.entry("SourceDn", c -> c.source().number()),
            Map.entry("SrcDn", c -> c.source().number()),
            Map.entry("SourceCallerId", c -> c.source().number()),
            Map.entry("SrcCallerNumber", c -> c.source().number()),
            Map.entry("SourceDisplayName", c -> c.source().name()),
            Map.entry("SrcDisplayName", c -> c.source().name()),
            Map.entry("SrcExtendedDisplayName", c -> c.source().name()),
            Map.entry("SourceType", c -> c.source().internal() ? 0L : 1L),
            Map.entry("SrcDnType", c -> c.source().internal() ? 0L : 1L),
            Map.entry("SrcInternal", c -> c.source().internal()),
            Map.entry("SrcExternal", c -> !c.source().internal()),
            Map.entry("DestinationDn", c -> c.destination().number()),
            Map.entry("DstDn", c -> c.destination().number()),
            Map.entry("DestinationCallerId", c -> c.destination().number()),
            Map.entry("DstCallerNumber", c -> c.destination().number()),
            Map.entry("DestinationDisplayName", c -> c.destination().name()),
            Map.entry("DstDisplayName", c -> c.destination().name()),
            Map.entry("DstExtendedDisplayName", c -> c.destination().name()),
            Map.entry("DestinationType", c -> c.destination().internal() ? 0L : 1L),
            Map.entry("DstDnType", c -> c.destination().internal() ? 0L : 1L),
            Map.entry("DstInternal", c -> c.destination().internal()),
            Map.entry("DstExternal", c -> !c.destination().internal()),
            Map.entry("Answered", CallRecord::answered),
            Map.entry("CallAnswered", CallRecord::answered),
            Map.entry("RingingDuration", c -> iso(c.ringing())),
            Map.entry("TalkingDuration", c -> iso(c.talking())),
            Map.entry("CallTime", c -> iso(c.ringing().plus(c.talking()))),
            Map.entry("Direction", CallRecord::direction),
            Map.entry("Reason", c -> c.answered() ? "Answered" : "NoAnswer"),
            Map.entry("Status", c -> c.answered() ? "Answered" : "Unanswered"),
            Map.entry("Indent", c -> 0L));

    private final String schema;
    private final SchemaShape shape;
    private final ObjectNode template;
    private final ShapedNodes nodes;

    CallLogRows(String schema, SampleGenerator samples) {
        ShapeResolver shapes = samples.shapes();
        this.schema = schema;
        this.shape = shapes.schema(schema);
        this.template = samples.entity(schema, 0);
        this.nodes = new ShapedNodes(shapes);
    }

    String schema() {
        return schema;
    }

    SchemaShape shape() {
        return shape;
    }

    ObjectNode row(CallRecord call) {
        ObjectNode row = template.deepCopy();
        for (var e : FACTS.entrySet()) {
            if (row.has(e.getKey())) {
                nodes.put(row, shape, e.getKey(), e.getValue().apply(call));
            }
        }
        return row;
    }

    private static String uuid(CallRecord c, String kind) {
        return UUID.nameUUIDFromBytes((kind + c.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static String iso(Duration d) {
        return d.toString();
    }
}

package io.camel3cx.examples.calllog;

import java.util.List;

/** The call-log fields the export writes, in column order; also its {@code $select}, so nothing else travels. */
public final class CallLogColumns {

    public static final List<String> DEFAULT = List.of("StartTime", "Direction", "Status", "SourceDn",
            "SourceCallerId", "SourceDisplayName", "DestinationDn", "DestinationCallerId", "DestinationDisplayName",
            "Answered", "RingingDuration", "TalkingDuration", "Reason", "CallId");

    private CallLogColumns() {
    }
}

package io.camel3cx.simulator.state;

import java.time.Duration;
import java.time.Instant;

/**
 * The facts of one generated call, from which each release's call-log and call-history rows are shaped.
 *
 * @param id          1-based, newest call first
 * @param start       when the call began
 * @param source      the caller
 * @param destination the callee
 * @param answered    whether it was answered
 * @param ringing     time until answered or given up
 * @param talking     talk time (zero when not answered)
 */
public record CallRecord(long id, Instant start, Party source, Party destination, boolean answered, Duration ringing,
        Duration talking) {

    public Instant end() {
        return start.plus(ringing).plus(talking);
    }

    /** {@code Inbound}, {@code Outbound} or {@code Internal}, as 3CX reports direction. */
    public String direction() {
        if (source.internal() && destination.internal()) {
            return "Internal";
        }
        return source.internal() ? "Outbound" : "Inbound";
    }
}

package io.camel3cx.examples.calllog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The period one export covers, {@code [from, to)}.
 *
 * @param from first instant included
 * @param to   first instant no longer included
 */
public record CallLogPeriod(OffsetDateTime from, OffsetDateTime to) {

    public CallLogPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A call-log period cannot start (" + from + ") after it ends (" + to + ")");
        }
    }

    /** The calendar day before today in {@code zone}: what a nightly run exports. */
    public static CallLogPeriod yesterday(Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return day(today.minusDays(1), zone);
    }

    /** One calendar day in {@code zone}. */
    public static CallLogPeriod day(LocalDate day, ZoneId zone) {
        return new CallLogPeriod(day.atStartOfDay(zone).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    /** {@code call-log-2025-06-30.csv} for one day, {@code call-log-2025-06-30T08-00Z_2025-06-30T12-00Z.csv} else. */
    public String fileName() {
        if (from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && to.equals(from.plusDays(1))) {
            return "call-log-" + from.toLocalDate() + ".csv";
        }
        return "call-log-" + safe(from) + "_" + safe(to) + ".csv";
    }

    private static String safe(OffsetDateTime t) {
        return t.toString().replace(':', '-');
    }
}

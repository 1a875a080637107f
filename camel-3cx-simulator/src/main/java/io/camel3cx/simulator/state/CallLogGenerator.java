package io.camel3cx.simulator.state;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A call log of any length (up to millions of rows) that is never held in memory: row {@code i} is computed
 * from the seed and {@code i} alone. Calls are {@link #SPACING} apart, newest ({@code i = 0}) at
 * {@link #NEWEST}, so the rows of a period are a contiguous index range found by arithmetic.
 */
public final class CallLogGenerator {

    public static final Instant NEWEST = Instant.parse("2025-06-30T16:00:00Z");
    public static final Duration SPACING = Duration.ofSeconds(90);

    /** An index range {@code [from, to)}; empty when {@code from >= to}. */
    public record Range(long from, long to) {
        public long size() {
            return Math.max(0, to - from);
        }
    }

    private final long seed;
    private final long rows;
    private final List<Party> extensions;

    public CallLogGenerator(long seed, long rows, List<Party> extensions) {
        if (rows < 0) {
            throw new IllegalArgumentException("callLogRows must be zero or more, not " + rows);
        }
        this.seed = seed;
        this.rows = rows;
        this.extensions = extensions.isEmpty() ? List.of(new Party("100", "Extension 100", true)) : List.copyOf(extensions);
    }

    public long rows() {
        return rows;
    }

    public Range all() {
        return new Range(0, rows);
    }

    /** The rows that started within {@code [from, to]}; either bound may be null for open. */
    public Range period(OffsetDateTime from, OffsetDateTime to) {
        long spacing = SPACING.getSeconds();
        long first = 0;
        long last = rows - 1;
        if (to != null) {
            long secondsBeforeNewest = NEWEST.getEpochSecond() - to.toInstant().getEpochSecond();
            first = Math.max(first, secondsBeforeNewest <= 0 ? 0 : ceilDiv(secondsBeforeNewest, spacing));
        }
        if (from != null) {
            long secondsBeforeNewest = NEWEST.getEpochSecond() - from.toInstant().getEpochSecond();
            if (secondsBeforeNewest < 0) {
                return new Range(0, 0);
            }
            last = Math.min(last, secondsBeforeNewest / spacing);
        }
        return new Range(first, Math.max(first, last + 1));
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Row {@code index} (0 = newest). */
    public CallRecord record(long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Party source;
        Party destination;
        int kind = r.nextInt(10);
        Party ext = extensions.get(r.nextInt(extensions.size()));
        if (kind < 4) {
            source = external(r);
            destination = ext;
        } else if (kind < 8) {
            source = ext;
            destination = external(r);
        } else {
            source = ext;
            destination = extensions.get(r.nextInt(extensions.size()));
        }
        boolean answered = r.nextInt(100) < 82;
        Duration ringing = Duration.ofSeconds(2 + r.nextInt(25));
        Duration talking = answered ? Duration.ofSeconds(5 + r.nextInt(900)) : Duration.ZERO;
        Instant start = NEWEST.minusSeconds(index * SPACING.getSeconds());
        return new CallRecord(index + 1, start, source, destination, answered, ringing, talking);
    }

    private static Party external(SplittableRandom r) {
        String number = String.format(Locale.ROOT, "+49%d%07d", 30 + r.nextInt(60), r.nextInt(10_000_000));
        return new Party(number, number, false);
    }
}

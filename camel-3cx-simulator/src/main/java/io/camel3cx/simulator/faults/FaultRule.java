package io.camel3cx.simulator.faults;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fault to inject, configured fluently and active from the moment it was created:
 * {@code sim.faults().forOperation("users/listUser").status(503).times(2)}. Kinds combine: a latency
 * delays whatever follows; a status replaces the answer with an OData error; a connection reset closes
 * the connection without an answer; malformed JSON keeps the status but breaks the body.
 */
public final class FaultRule {

    /** Unlimited applications. */
    private static final int FOREVER = -1;

    private final String operationKey;
    private volatile int status;
    private volatile Integer retryAfterSeconds;
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean connectionReset;
    private volatile boolean malformedJson;
    private final AtomicInteger remaining = new AtomicInteger(FOREVER);

    FaultRule(String operationKey) {
        this.operationKey = operationKey;
    }

    /** Answers with this HTTP status (4xx/5xx) and an OData error body instead of the real answer. */
    public FaultRule status(int httpStatus) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("A fault status must be an error status 400..599, not " + httpStatus);
        }
        this.status = httpStatus;
        return this;
    }

    /** Adds {@code Retry-After: seconds}; without an explicit {@link #status} the fault answers 429. */
    public FaultRule retryAfter(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After must be zero or more seconds, not " + seconds);
        }
        this.retryAfterSeconds = seconds;
        if (status == 0) {
            status = 429;
        }
        return this;
    }

    /** Waits this long before answering (or before the other fault kinds of this rule take effect). */
    public FaultRule latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("Latency cannot be negative: " + delay);
        }
        this.latency = delay;
        return this;
    }

    /** Closes the connection without sending a response. */
    public FaultRule connectionReset() {
        this.connectionReset = true;
        return this;
    }

    /** Answers the normal status with a truncated, unparsable JSON body. */
    public FaultRule malformedJson() {
        this.malformedJson = true;
        return this;
    }

    /** Applies to the next {@code n} matching requests only, then disappears (default: every request). */
    public FaultRule times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1, not " + n);
        }
        remaining.set(n);
        return this;
    }

    /** The operation key ({@code users/listUser}, {@link Faults#TOKEN_ENDPOINT}) or null for a global rule. */
    public String operationKey() {
        return operationKey;
    }

    public int statusCode() {
        return status;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Duration latencyDelay() {
        return latency;
    }

    public boolean resetsConnection() {
        return connectionReset;
    }

    public boolean breaksJson() {
        return malformedJson;
    }

    /** Claims one application; false once a {@link #times} budget is spent. */
    boolean tryConsume() {
        while (true) {
            int left = remaining.get();
            if (left == FOREVER) {
                return true;
            }
            if (left == 0) {
                return false;
            }
            if (remaining.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }

    boolean exhausted() {
        return remaining.get() == 0;
    }

    @Override
    public String toString() {
        return "FaultRule[" + (operationKey == null ? "global" : operationKey) + (status > 0 ? " status=" + status : "")
                + (retryAfterSeconds != null ? " retryAfter=" + retryAfterSeconds : "")
                + (latency.isZero() ? "" : " latency=" + latency) + (connectionReset ? " connectionReset" : "")
                + (malformedJson ? " malformedJson" : "") + "]";
    }
}

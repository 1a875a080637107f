package io.camel3cx.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.camel3cx.component.ThreeCxAuthenticationException;
import io.camel3cx.component.support.MutableClock;

class TokenManagerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final AtomicInteger requests = new AtomicInteger();
    private final TokenManager manager = new TokenManager("test", clock);

    private TokenSource lifetime(Duration d) {
        return () -> new IssuedToken("t" + requests.incrementAndGet(), d);
    }

    @Test
    void reusesUntilTheSkewBeforeExpiry() throws Exception {
        TokenSource source = lifetime(Duration.ofHours(1));
        assertEquals("t1", manager.token(source, Duration.ofSeconds(60)));
        clock.advance(Duration.ofMinutes(58).plusSeconds(59));
        assertEquals("t1", manager.token(source, Duration.ofSeconds(60)));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("t2", manager.token(source, Duration.ofSeconds(60)));
    }

    @Test
    void aShortLifetimeShrinksTheSkewToHalfOfIt() throws Exception {
        Instant start = clock.instant();
        manager.token(lifetime(Duration.ofSeconds(30)), Duration.ofSeconds(60));
        assertEquals(start.plusSeconds(30), manager.expiresAt());
        assertEquals(start.plusSeconds(15), manager.refreshAt());
    }

    @Test
    void renewReplacesOnlyTheRejectedToken() throws Exception {
        TokenSource source = lifetime(Duration.ofHours(1));
        String first = manager.token(source, Duration.ofSeconds(60));
        String second = manager.renew(first, source, Duration.ofSeconds(60));
        assertEquals("t2", second);
        // A caller that still held the first token gets the second without a new request.
        assertEquals("t2", manager.renew(first, source, Duration.ofSeconds(60)));
        assertEquals(2, requests.get());
    }

    @Test
    @Timeout(30) // a guard against a hang, not a timing assertion
    void callersWaitingForATokenRequestShareItsRefusalAndLaterCallersAskAgain() throws Exception {
        CountDownLatch inRequest = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        TokenSource refusing = () -> {
            requests.incrementAndGet();
            inRequest.countDown();
            try {
                answer.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            throw new ThreeCxAuthenticationException("https://pbx", "app", 401, "invalid_client", null, null);
        };
        FutureTask<Throwable> first = new FutureTask<>(() -> failureOf(refusing));
        new Thread(first).start();
        inRequest.await();
        FutureTask<Throwable> second = new FutureTask<>(() -> failureOf(refusing));
        Thread waiter = new Thread(second);
        waiter.start();
        // Parked: waiting for the request in flight (the old code parked on the lock here, then sent its own).
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        answer.countDown();

        ThreeCxAuthenticationException refused = assertInstanceOf(ThreeCxAuthenticationException.class, first.get());
        ThreeCxAuthenticationException shared = assertInstanceOf(ThreeCxAuthenticationException.class, second.get());
        assertEquals(1, requests.get());
        assertEquals(401, shared.getStatusCode());
        assertEquals(refused.getMessage(), shared.getMessage());
        assertNotSame(refused, shared, "each caller gets its own exception");

        // A caller that comes after the refusal was delivered asks again.
        assertInstanceOf(ThreeCxAuthenticationException.class, failureOf(refusing));
        assertEquals(2, requests.get());
        assertEquals(2, manager.tokenRequests());
    }

    private Throwable failureOf(TokenSource source) {
        try {
            manager.token(source, Duration.ofSeconds(60));
            return null;
        } catch (ThreeCxAuthenticationException | RuntimeException e) {
            return e;
        }
    }

    @Test
    void expiresInUnitsByRelease() {
        assertEquals(ChronoUnit.MINUTES, ExpiresInUnit.AUTO.unitFor("20.0.5"));
        assertEquals(ChronoUnit.MINUTES, ExpiresInUnit.AUTO.unitFor("20.0.8"));
        assertEquals(ChronoUnit.SECONDS, ExpiresInUnit.AUTO.unitFor("20.0.9"));
        assertEquals(ChronoUnit.SECONDS, ExpiresInUnit.AUTO.unitFor("20.0.10"));
        assertEquals(ChronoUnit.SECONDS, ExpiresInUnit.AUTO.unitFor("openapi"));
        assertEquals(ChronoUnit.MINUTES, ExpiresInUnit.MINUTES.unitFor("20.0.10"));
    }

    @Test
    void theTokenNeverShowsInToString() throws Exception {
        manager.token(lifetime(Duration.ofHours(1)), Duration.ofSeconds(60));
        assertFalse(new AccessToken("secret-token", clock.instant(), clock.instant()).toString().contains("secret-token"));
        assertFalse(new IssuedToken("secret-token", Duration.ZERO).toString().contains("secret-token"));
    }
}

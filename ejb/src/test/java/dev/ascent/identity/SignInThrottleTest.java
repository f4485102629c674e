package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The throttle's rules on a hand-moved clock. */
class SignInThrottleTest {
    private static final String EMAIL = "owner@example.org";
    private static final String ATTACKER = "198.51.100.7";
    private static final String OWNER = "203.0.113.4";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(30, 2, 0, 5, 30, 900, 20, 30, 1000), clock);

    @Test
    void the_back_off_doubles_up_to_its_cap_and_never_locks_for_good() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.admit(EMAIL, ATTACKER), "free failure " + (i + 1));
            throttle.failed(EMAIL, ATTACKER);
        }
        assertEquals(Duration.ofSeconds(30), wait(EMAIL, ATTACKER));
        long longest = 0;
        for (int i = 0; i < 40; i++) {
            Duration wait = wait(EMAIL, ATTACKER);
            longest = Math.max(longest, wait.toSeconds());
            clock.advance(wait);
            assertEquals(Optional.empty(), throttle.admit(EMAIL, ATTACKER), "the wait ends");
            throttle.failed(EMAIL, ATTACKER);
        }
        assertEquals(900, longest, "never more than 15 minutes");
    }

    @Test
    void an_attacker_elsewhere_holds_the_owner_back_for_seconds_at_most() {
        for (int i = 0; i < 200; i++) {
            String address = "198.51.100." + (i % 100);
            clock.advance(wait(EMAIL, address));
            throttle.admit(EMAIL, address);
            throttle.failed(EMAIL, address);
        }
        Duration owner = wait(EMAIL, OWNER);
        assertTrue(owner.compareTo(Duration.ofSeconds(30)) <= 0, "owner waits " + owner);
        clock.advance(owner);
        assertEquals(Optional.empty(), throttle.admit(EMAIL, OWNER));
        throttle.succeeded(EMAIL, OWNER);
        assertEquals(Optional.empty(), throttle.admit(EMAIL, OWNER));
    }

    @Test
    void one_client_gets_its_burst_and_then_a_retry_after() {
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), throttle.admit("user" + i + "@example.org", ATTACKER));
        }
        SignInThrottle.Refusal refusal = throttle.admit("another@example.org", ATTACKER).orElseThrow();
        assertEquals(SignInThrottle.Reason.CLIENT_RATE, refusal.reason());
        assertEquals(Duration.ofSeconds(2), refusal.retryAfter());
        assertEquals(Optional.empty(), throttle.admit("another@example.org", OWNER), "other clients are not affected");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), throttle.admit("another@example.org", ATTACKER));
    }

    @Test
    void no_more_hashes_at_once_than_the_limit() throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            new Thread(() -> throttle.hash(() -> {
                inside.countDown();
                await(release);
                return true;
            })).start();
        }
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), throttle.hash(() -> true), "a third check finds no free turn");
        release.countDown();
    }

    private Duration wait(String email, String client) {
        return throttle.admit(email, client).map(SignInThrottle.Refusal::retryAfter).orElse(Duration.ZERO);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

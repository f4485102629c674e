package dev.ascent.shared;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test deployments only (ejb's test module; in web's test EAR, its EJB module): replaces {@link ClockProducer}'s clock with one that runs with real time
 * plus an offset the tests move forward ("an hour later"). Reset it after every test.
 */
@Dependent
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {
    private static final Clock REAL = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private static volatile Duration offset = Duration.ZERO;

    @Produces
    @Dependent
    Clock clock() {
        return new Shifted();
    }

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    public static Instant now() {
        return REAL.instant().plus(offset);
    }

    private static final class Shifted extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(REAL, offset).withZone(zone);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}

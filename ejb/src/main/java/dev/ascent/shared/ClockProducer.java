package dev.ascent.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one source of "now": deadlines are computed on the server, and tests can replace it. */
@ApplicationScoped
public class ClockProducer {
    /** Microsecond ticks: what H2 and PostgreSQL timestamps keep, so a stored time reads back equal. */
    @Produces
    @Dependent
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}

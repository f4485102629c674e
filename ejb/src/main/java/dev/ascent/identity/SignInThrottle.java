package dev.ascent.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything that limits password sign-ins, checked before any password is hashed:
 * <ul>
 * <li>a token bucket per client address (all attempts count), so one machine cannot keep the
 *     server hashing;</li>
 * <li>a bound on hashes running at once over the whole server; a sign-in that cannot get a turn
 *     within a short wait is refused as busy instead of queueing without end;</li>
 * <li>a back-off per email <em>and</em> client address after repeated failures: the delay doubles
 *     and is capped, so it slows guessing from one place but never locks anyone out, and an
 *     attacker's failures do not hold up the owner signing in from elsewhere;</li>
 * <li>a short back-off per email alone, for guessing spread over many addresses; its cap is small
 *     (seconds) so no one can keep an owner out with it either.</li>
 * </ul>
 * Keys are the normalised email as typed, so an email with no account backs off exactly like one
 * with an account: the replies cannot tell them apart. State is in memory, per server, in bounded
 * maps (least recently used entries are dropped first).
 */
@ApplicationScoped
public class SignInThrottle {

    /** Why a sign-in was refused before its password was checked. */
    public enum Reason { CLIENT_RATE, BACK_OFF, BUSY }

    public record Refusal(Reason reason, Duration retryAfter) {
    }

    /** The settings; each is read through MicroProfile Config (ASCENT_SIGNIN_* variables). */
    public record Limits(int perClientPerMinute, int maxConcurrentHashes, long hashWaitMillis,
                         int freeFailures, long firstDelaySeconds, long maxDelaySeconds,
                         int emailFreeFailures, long emailMaxDelaySeconds, int tracked) {
    }

    /** Failures are forgotten after a day without one. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "ascent.signin.per.client.per.minute", defaultValue = "30")
    int perClientPerMinute;
    /** Default: the number of cores. */
    @Inject
    @ConfigProperty(name = "ascent.signin.max.concurrent.hashes")
    Optional<Integer> maxConcurrentHashes;
    @Inject
    @ConfigProperty(name = "ascent.signin.hash.wait.ms", defaultValue = "2000")
    int hashWaitMillis;
    @Inject
    @ConfigProperty(name = "ascent.signin.free.failures", defaultValue = "5")
    int freeFailures;
    @Inject
    @ConfigProperty(name = "ascent.signin.first.delay.seconds", defaultValue = "30")
    int firstDelaySeconds;
    @Inject
    @ConfigProperty(name = "ascent.signin.max.delay.seconds", defaultValue = "900")
    int maxDelaySeconds;
    @Inject
    @ConfigProperty(name = "ascent.signin.email.free.failures", defaultValue = "20")
    int emailFreeFailures;
    @Inject
    @ConfigProperty(name = "ascent.signin.email.max.delay.seconds", defaultValue = "30")
    int emailMaxDelaySeconds;
    @Inject
    @ConfigProperty(name = "ascent.signin.tracked", defaultValue = "100000")
    int tracked;

    private volatile Limits limits;
    private volatile Semaphore hashes;
    private Map<String, Bucket> buckets;
    private Map<String, Failures> failures;

    public SignInThrottle() {
    }

    @PostConstruct
    void start() {
        configure(configuredLimits());
    }

    /** The limits the server is configured with (negative values count as 0). */
    public Limits configuredLimits() {
        return new Limits(Math.max(0, perClientPerMinute),
                Math.max(0, maxConcurrentHashes.orElse(Runtime.getRuntime().availableProcessors())),
                Math.max(0, hashWaitMillis), Math.max(0, freeFailures), Math.max(0, firstDelaySeconds),
                Math.max(0, maxDelaySeconds), Math.max(0, emailFreeFailures), Math.max(0, emailMaxDelaySeconds),
                Math.max(0, tracked));
    }

    SignInThrottle(Limits limits, Clock clock) {
        this.clock = clock;
        configure(limits);
    }

    /** New limits, with no remembered clients or failures (start-up, and tests). */
    public synchronized void configure(Limits newLimits) {
        limits = newLimits;
        hashes = new Semaphore(Math.max(1, newLimits.maxConcurrentHashes()), true);
        buckets = lru(newLimits.tracked());
        failures = lru(newLimits.tracked());
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Refuses a sign-in for this email from this client (its address; null for in-process callers)
     * before any hashing, or lets it through.
     */
    public Optional<Refusal> admit(String email, String client) {
        Instant now = clock.instant();
        Limits l = limits;
        Duration wait = Duration.ZERO;
        synchronized (this) {
            Failures here = failures.get(pairKey(email, client));
            Failures anywhere = failures.get(emailKey(email));
            wait = max(wait, here == null ? null : here.waitAt(now, l.freeFailures(), l.firstDelaySeconds(), l.maxDelaySeconds()));
            wait = max(wait, anywhere == null ? null : anywhere.waitAt(now, l.emailFreeFailures(), 1, l.emailMaxDelaySeconds()));
            if (!wait.isZero()) {
                return Optional.of(new Refusal(Reason.BACK_OFF, wait));
            }
            return admitClient(client);
        }
    }

    /**
     * Takes one of the client's attempts (sign-ins and password-link requests share them); a
     * refusal when it has none left. Null (an in-process caller) is never limited.
     */
    public synchronized Optional<Refusal> admitClient(String client) {
        if (client == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int perMinute = limits.perClientPerMinute();
        Duration untilToken = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now)).take(now, perMinute);
        return untilToken.isZero() ? Optional.empty() : Optional.of(new Refusal(Reason.CLIENT_RATE, untilToken));
    }

    /**
     * Runs one password check when a turn is free within the configured wait; empty when the
     * server is busy with other checks.
     */
    public <T> Optional<T> hash(Supplier<T> check) {
        Semaphore turns = hashes;
        try {
            if (!turns.tryAcquire(limits.hashWaitMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(check.get());
        } finally {
            turns.release();
        }
    }

    public synchronized void failed(String email, String client) {
        Instant now = clock.instant();
        failures.computeIfAbsent(pairKey(email, client), k -> new Failures()).add(now);
        failures.computeIfAbsent(emailKey(email), k -> new Failures()).add(now);
    }

    /** The right password from this client: its back-off ends, and the email's shared one too. */
    public synchronized void succeeded(String email, String client) {
        failures.remove(pairKey(email, client));
        failures.remove(emailKey(email));
    }

    private static String pairKey(String email, String client) {
        return email + "\n" + client;
    }

    private static String emailKey(String email) {
        return email;
    }

    private static Duration max(Duration a, Duration b) {
        return b != null && b.compareTo(a) > 0 ? b : a;
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > Math.max(1, size);
            }
        };
    }

    /** Attempts per minute from one client, with a burst of the same size. */
    private static final class Bucket {
        private double tokens;
        private Instant last;

        Bucket(double tokens, Instant now) {
            this.tokens = tokens;
            this.last = now;
        }

        /** Takes a token; when none is left, how long until one is. */
        Duration take(Instant now, int perMinute) {
            if (perMinute <= 0) {
                return Duration.ofMinutes(1);
            }
            double perSecond = perMinute / 60.0;
            double elapsed = Math.max(0, Duration.between(last, now).toNanos() / 1e9);
            tokens = Math.min(perMinute, tokens + elapsed * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofSeconds((long) Math.ceil((1 - tokens) / perSecond));
        }
    }

    /** Failed attempts in a row and when the last one was. */
    private static final class Failures {
        private int count;
        private Instant last;

        void add(Instant now) {
            if (last != null && now.isAfter(last.plus(FORGET_AFTER))) {
                count = 0;
            }
            count++;
            last = now;
        }

        /**
         * No wait for the first free failures; then the first delay, doubled per further failure,
         * never more than the cap.
         */
        Duration waitAt(Instant now, int free, long firstSeconds, long capSeconds) {
            if (count < free || count == 0 || now.isAfter(last.plus(FORGET_AFTER))) {
                return Duration.ZERO;
            }
            int doublings = Math.min(count - free, 30);
            long delay = Math.min(capSeconds, firstSeconds * (1L << doublings));
            Duration left = Duration.between(now, last.plusSeconds(delay));
            return left.isNegative() || left.isZero() ? Duration.ZERO : left.plusMillis(999).withNanos(0);
        }
    }
}

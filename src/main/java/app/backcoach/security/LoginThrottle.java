package app.backcoach.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username (known or not, so the answer reveals nothing). After
 * {@link #MAX_FAILURES} failures within {@link #WINDOW}, further attempts for that username are refused
 * until the oldest failure leaves the window. Kept in memory: a restart forgets it, which an attacker
 * cannot trigger.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Upper bound on tracked usernames, so a flood of made-up names cannot exhaust memory. */
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String username) {
        Deque<Instant> recent = failures.get(AppUser.keyOf(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            dropExpired(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    void recordFailure(String username) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(this::expiredEntirely);
        }
        Deque<Instant> recent = failures.computeIfAbsent(AppUser.keyOf(username), key -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent);
            recent.addLast(clock.instant());
        }
    }

    void recordSuccess(String username) {
        failures.remove(AppUser.keyOf(username));
    }

    private boolean expiredEntirely(Deque<Instant> recent) {
        synchronized (recent) {
            dropExpired(recent);
            return recent.isEmpty();
        }
    }

    private void dropExpired(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}

package app.backcoach.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing without letting anyone lock another person out.
 * <p>
 * Attempts are counted per (username, client address), per client address, and per username over all
 * unknown clients. A browser that signed in to the account before and shows its device cookie (see
 * {@link DeviceCookies}) is counted on its own instead, so an attacker's failures elsewhere never slow it
 * down. A counter that reaches its limit does not lock: each further failure doubles the time before the
 * next attempt is heard (1 s, 2 s, 4 s ... up to {@link #MAX_DELAY}), and attempts in between are refused
 * without checking the password.
 * <p>
 * An attempt is counted before its password is checked, so parallel attempts cannot all slip past the
 * check; a success takes its count back. Usernames longer than any account can have are counted under
 * one shared key and never stored. The counters live in a size-capped cache whose entries expire
 * {@link #FORGET_AFTER} after their last failure: memory stays bounded whatever is typed.
 */
@Component
class LoginThrottle {

    /** Failures of one username from one client before attempts are slowed down. */
    static final int MAX_FAILURES = 10;
    /**
     * Failures from one client address, over all usernames (and registrations), before it is slowed down;
     * {@code backcoach.security.client-failure-limit} changes it.
     */
    static final int MAX_CLIENT_FAILURES = 30;
    /** Failures of one username from all unknown clients together (a guess spread over many addresses). */
    static final int MAX_UNKNOWN_CLIENT_FAILURES = 100;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 100_000;
    /** The key under which every username that is too long to exist is counted. */
    static final String OVERLONG_USERNAME = "\u0000overlong";

    private final Clock clock;
    private final int clientLimit;
    private final Cache<String, Strikes> counters;

    @Autowired
    LoginThrottle(Clock clock, @Value("${backcoach.security.client-failure-limit:" + MAX_CLIENT_FAILURES + "}")
                  int clientLimit) {
        this(clock, clientLimit, MAX_TRACKED);
    }

    LoginThrottle(Clock clock, int clientLimit, int maxTracked) {
        this.clock = clock;
        this.clientLimit = clientLimit;
        this.counters = Caffeine.newBuilder()
                .maximumSize(maxTracked)
                .expireAfterWrite(FORGET_AFTER)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /**
     * Counts a sign-in attempt before the password is checked; {@code trustedDeviceId} is the device of a
     * valid device cookie for this username, or null. Returns the attempt to report the outcome
     * to, or throws {@link LoginThrottledException} (and counts nothing) while one of its counters is slowed.
     */
    Attempt beginSignIn(String username, SignInClient client, String trustedDeviceId) {
        String user = usernameKey(username);
        List<Counter> counters = new ArrayList<>(3);
        if (trustedDeviceId != null) {
            counters.add(new Counter("d|" + trustedDeviceId + "|" + user, MAX_FAILURES, true));
        } else {
            counters.add(new Counter("u|" + user + "|" + client.address(), MAX_FAILURES, true));
            if (client != SignInClient.UNKNOWN) {
                counters.add(new Counter("a|" + client.address(), clientLimit, false));
            }
            counters.add(new Counter("n|" + user, MAX_UNKNOWN_CLIENT_FAILURES, false));
        }
        return begin(counters);
    }

    /**
     * Counts an attempt of something else that checks a secret or reveals whether a username exists
     * (registration, the current-password check) against the client's address. Calls from outside a web
     * request (start-up, tests) have no client and are not counted.
     */
    Attempt beginClientAction(SignInClient client) {
        if (client == SignInClient.UNKNOWN) {
            return new Attempt(List.of());
        }
        return begin(List.of(new Counter("a|" + client.address(), clientLimit, false)));
    }

    int clientLimit() {
        return clientLimit;
    }

    /** How many counters are held now (after expired ones are dropped). */
    long trackedCount() {
        counters.cleanUp();
        return counters.estimatedSize();
    }

    private Attempt begin(List<Counter> keys) {
        Instant now = clock.instant();
        // every counter is checked and counted under its own atomic update; when a later one refuses,
        // the earlier ones are given back
        List<Counter> counted = new ArrayList<>(keys.size());
        for (Counter counter : keys) {
            boolean[] refused = {false};
            counters.asMap().compute(counter.key(), (key, strikes) -> {
                Strikes current = strikes == null ? Strikes.NONE : strikes;
                if (now.isBefore(current.nextAllowed())) {
                    refused[0] = true;
                    return strikes;
                }
                return current.plusOne(now, counter.limit());
            });
            if (refused[0]) {
                counted.forEach(this::giveBack);
                throw new LoginThrottledException();
            }
            counted.add(counter);
        }
        return new Attempt(counted);
    }

    private void giveBack(Counter counter) {
        counters.asMap().computeIfPresent(counter.key(), (key, strikes) -> strikes.minusOne(counter.limit()));
    }

    private static String usernameKey(String username) {
        if (username == null || username.length() > AccountService.USERNAME_MAX_LENGTH * 2) {
            return OVERLONG_USERNAME;
        }
        String key = AppUser.keyOf(username);
        return key.length() > AccountService.USERNAME_MAX_LENGTH ? OVERLONG_USERNAME : key;
    }

    /** One attempt, counted as a failure until {@link #succeeded()} says otherwise. */
    final class Attempt {

        private final List<Counter> counted;

        private Attempt(List<Counter> counted) {
            this.counted = counted;
        }

        /** The secret was right: the per-person counters start afresh, the others take this attempt back. */
        void succeeded() {
            for (Counter counter : counted) {
                if (counter.clearedBySuccess()) {
                    counters.invalidate(counter.key());
                } else {
                    giveBack(counter);
                }
            }
        }
    }

    private record Counter(String key, int limit, boolean clearedBySuccess) {
    }

    /** Failures counted under one key, and the earliest moment the next attempt is heard. */
    private record Strikes(int failures, Instant nextAllowed) {

        static final Strikes NONE = new Strikes(0, Instant.MIN);

        Strikes plusOne(Instant now, int limit) {
            int failures = this.failures + 1;
            if (failures < limit) {
                return new Strikes(failures, Instant.MIN);
            }
            int doublings = Math.min(failures - limit, 20);
            Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
            return new Strikes(failures, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
        }

        Strikes minusOne(int limit) {
            int failures = Math.max(0, this.failures - 1);
            return new Strikes(failures, failures < limit ? Instant.MIN : nextAllowed);
        }
    }

    /** Too many failed attempts from here; the message shown is the same as for a wrong password. */
    static final class LoginThrottledException extends org.springframework.security.core.AuthenticationException {
        LoginThrottledException() {
            super("too many failed attempts, slowed down");
        }
    }
}

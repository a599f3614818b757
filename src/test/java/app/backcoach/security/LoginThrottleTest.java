package app.backcoach.security;

import app.backcoach.MutableClock;
import app.backcoach.security.LoginThrottle.LoginThrottledException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private static final SignInClient ATTACKER = new SignInClient("203.0.113.7", null);
    private static final SignInClient OWNER = new SignInClient("198.51.100.20", null);

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.MAX_CLIENT_FAILURES, 1_000);

    @Test
    void anUnknownClientIsSlowedDownAfterTenFailuresForOneUsername() {
        failTimes("anna", ATTACKER, LoginThrottle.MAX_FAILURES);

        assertThatThrownBy(() -> throttle.beginSignIn("ANNA", ATTACKER, null))
                .as("usernames are the same regardless of case").isInstanceOf(LoginThrottledException.class);
        assertThat(tries("bert", ATTACKER)).as("another username from the same client").isTrue();
    }

    @Test
    void theDelayGrowsWithEachFailureAndEndsWithoutALock() {
        failTimes("anna", ATTACKER, LoginThrottle.MAX_FAILURES);
        clock.advance(Duration.ofSeconds(1));
        throttle.beginSignIn("anna", ATTACKER, null); // 11th failure: the next one waits 2 s

        clock.advance(Duration.ofMillis(1_999));
        assertThat(tries("anna", ATTACKER)).isFalse();
        clock.advance(Duration.ofMillis(1));
        LoginThrottle.Attempt rightPassword = throttle.beginSignIn("anna", ATTACKER, null);
        rightPassword.succeeded();

        assertThat(tries("anna", ATTACKER)).as("a success starts afresh").isTrue();
    }

    @Test
    void theDelayNeverExceedsFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.beginSignIn("anna", ATTACKER, null);
            clock.advance(LoginThrottle.MAX_DELAY);
        }
        assertThat(tries("anna", ATTACKER)).isTrue();
    }

    @Test
    void anAttackersHundredFailuresDoNotStopTheOwnersBrowserWithItsDeviceCookie() {
        for (int i = 0; i < 100; i++) {
            tries("anna", ATTACKER);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(tries("anna", ATTACKER)).isFalse();

        LoginThrottle.Attempt owner = throttle.beginSignIn("anna", OWNER, "owners-device");
        owner.succeeded();
        assertThat(tries("anna", new SignInClient(OWNER.address(), null))).as("the owner from another, unknown "
                + "browser is counted apart from the attacker too").isTrue();
    }

    @Test
    void failuresFromManyAddressesSlowDownUnknownClientsButNotAKnownDevice() {
        for (int i = 0; i < LoginThrottle.MAX_UNKNOWN_CLIENT_FAILURES; i++) {
            tries("anna", new SignInClient("10.0." + (i / 200) + "." + (i % 200), null));
        }
        assertThat(tries("anna", new SignInClient("10.9.9.9", null))).isFalse();
        assertThat(throttle.beginSignIn("anna", OWNER, "owners-device")).isNotNull();
    }

    @Test
    void oneClientIsSlowedDownAcrossUsernamesAndRegistrations() {
        for (int i = 0; i < LoginThrottle.MAX_CLIENT_FAILURES; i++) {
            throttle.beginSignIn("user" + i, ATTACKER, null);
        }
        assertThatThrownBy(() -> throttle.beginClientAction(ATTACKER)).isInstanceOf(LoginThrottledException.class);
        assertThat(tries("someone", ATTACKER)).isFalse();
        assertThat(tries("someone", OWNER)).isTrue();
    }

    @Test
    void successfulClientActionsDoNotAddUp() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_CLIENT_FAILURES; i++) {
            throttle.beginClientAction(OWNER).succeeded();
        }
        assertThat(throttle.beginClientAction(OWNER)).isNotNull();
    }

    @Test
    void countsAreForgottenAnHourAfterTheLastFailure() {
        failTimes("anna", ATTACKER, LoginThrottle.MAX_FAILURES);
        clock.advance(LoginThrottle.FORGET_AFTER);

        assertThat(throttle.trackedCount()).isZero();
        assertThat(tries("anna", ATTACKER)).isTrue();
    }

    @Test
    void parallelAttemptsCannotAllPassBeforeTheirFailuresAreCounted() throws Exception {
        int parallel = 50;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Callable<Boolean> attempt = () -> {
                start.await();
                return tries("anna", ATTACKER);
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int heard = 0;
        for (Future<Boolean> result : results) {
            heard += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(heard).isEqualTo(LoginThrottle.MAX_FAILURES);
    }

    @Test
    void tenThousandFailuresWithHundredKilobyteNamesKeepOneCounterForThem() {
        String longName = "x".repeat(100 * 1024);
        for (int i = 0; i < 10_000; i++) {
            tries(longName + i, new SignInClient(ATTACKER.address(), null));
            clock.advance(LoginThrottle.MAX_DELAY);
        }
        // the (name, client) pair, the client and the name over all clients: three counters, no name stored
        assertThat(throttle.trackedCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void tenThousandFailuresWithRandomNamesStayWithinTheCap() {
        for (int i = 0; i < 10_000; i++) {
            tries(UUID.randomUUID().toString().substring(0, 20), new SignInClient("192.0.2." + (i % 250), null));
        }
        assertThat(throttle.trackedCount()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void theProductionCacheIsCappedAtAHundredThousandCounters() {
        LoginThrottle production = new LoginThrottle(clock, LoginThrottle.MAX_CLIENT_FAILURES);
        for (int i = 0; i < 120_000; i++) {
            try {
                production.beginSignIn("n" + i, new SignInClient("a" + i, null), null);
            } catch (LoginThrottledException e) {
                // counted or not, nothing more is stored
            }
        }
        assertThat(production.trackedCount()).isLessThanOrEqualTo(LoginThrottle.MAX_TRACKED);
    }

    private void failTimes(String username, SignInClient client, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(tries(username, client)).as("attempt %d is heard", i + 1).isTrue();
        }
    }

    /** Makes an attempt that fails; true if it was heard, false if it was refused unheard. */
    private boolean tries(String username, SignInClient client) {
        try {
            throttle.beginSignIn(username, client, null);
            return true;
        } catch (LoginThrottledException slowed) {
            return false;
        }
    }
}

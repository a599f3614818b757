package app.backcoach.security;

import app.backcoach.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void tenFailuresWithinFifteenMinutesBlockTheUsername() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("anna");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isBlocked("anna")).isFalse();

        throttle.recordFailure("anna");

        assertThat(throttle.isBlocked("anna")).isTrue();
        assertThat(throttle.isBlocked("ANNA")).as("usernames are the same regardless of case").isTrue();
        assertThat(throttle.isBlocked("bert")).isFalse();
    }

    @Test
    void theBlockEndsWhenTheOldestFailureIsFifteenMinutesOld() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("anna");
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isBlocked("anna")).isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.isBlocked("anna")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotBlock() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("anna");
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(throttle.isBlocked("anna")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("anna");
        }
        throttle.recordSuccess("anna");
        throttle.recordFailure("anna");

        assertThat(throttle.isBlocked("anna")).isFalse();
    }
}

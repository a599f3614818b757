package app.backcoach.engine;

import app.backcoach.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PauseAndRemainingTimeTest {

    /** One exercise, 10 s holds, 2 reps, 1 set: GET_READY, HOLD, RELAX, HOLD, DONE. */
    private final Walker walker = Walker.started(Plans.of(Plans.plain("bridge", 2, 1)));
    private final MutableClock clock = walker.clock;
    private final WorkoutSession session = walker.session;

    private Walker inFirstHold() {
        walker.finishPhase();
        return walker;
    }

    @Test
    void theRemainingTimeCountsDownWithTheClock() {
        clock.advanceMillis(1_500);

        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofMillis(3_500));
    }

    @Test
    void theRemainingTimeNeverGoesNegative() {
        clock.advanceSeconds(60);

        assertThat(session.snapshot().remaining()).isZero();
        assertThat(session.snapshot().phase()).isEqualTo(Phase.GET_READY);
    }

    @Test
    void pausingFreezesTheRemainingTime() {
        inFirstHold();
        clock.advanceSeconds(4);

        assertThat(session.pause()).isTrue();
        clock.advanceSeconds(120);

        assertThat(session.snapshot().paused()).isTrue();
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void resumingContinuesTheSamePhaseWithTheRemainingTimeItHadAtPause() {
        inFirstHold();
        clock.advanceMillis(3_250);
        session.pause();
        clock.advanceSeconds(90);

        assertThat(session.resume()).isTrue();

        assertThat(session.snapshot().phase()).isEqualTo(Phase.HOLD);
        assertThat(session.snapshot().paused()).isFalse();
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofMillis(6_750));
        clock.advanceSeconds(1);
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofMillis(5_750));
    }

    @Test
    void severalPausesInOnePhaseAreAllExcluded() {
        inFirstHold();
        for (int i = 0; i < 3; i++) {
            clock.advanceSeconds(2);
            session.pause();
            clock.advanceSeconds(30);
            session.resume();
        }

        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void pausingTwiceIsANoOpThatReturnsFalse() {
        assertThat(session.pause()).isTrue();
        clock.advanceSeconds(1);

        assertThat(session.pause()).isFalse();
        clock.advanceSeconds(10);
        session.resume();

        assertThat(session.snapshot().remaining()).isEqualTo(PhaseDurations.GET_READY);
    }

    @Test
    void resumingWhenNotPausedIsANoOpThatReturnsFalse() {
        clock.advanceSeconds(2);

        assertThat(session.resume()).isFalse();
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void pausingInDoneIsRefused() {
        walker.until(Phase.DONE);

        assertThat(session.pause()).isFalse();
        assertThat(session.snapshot().paused()).isFalse();
    }

    @Test
    void theWorkoutElapsedTimeExcludesPausesAndFreezesWhilePaused() {
        clock.advanceSeconds(2);
        session.pause();
        clock.advanceSeconds(50);

        assertThat(session.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(2));

        session.resume();
        clock.advanceSeconds(3);

        assertThat(session.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theWorkoutElapsedTimeStopsAtDone() {
        walker.until(Phase.DONE);
        Duration atDone = session.snapshot().elapsed();
        clock.advanceSeconds(600);

        assertThat(session.snapshot().elapsed()).isEqualTo(atDone).isEqualTo(Duration.ofSeconds(5 + 10 + 3 + 10));
    }

    @Test
    void aPhaseEnteredWhilePausedStartsFrozenWithItsFullDuration() {
        session.pause();
        clock.advanceSeconds(1);
        session.skip();
        clock.advanceSeconds(30);

        assertThat(session.snapshot().phase()).isEqualTo(Phase.HOLD);
        assertThat(session.snapshot().paused()).isTrue();
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(10));

        session.resume();
        clock.advanceSeconds(4);

        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(6));
    }
}

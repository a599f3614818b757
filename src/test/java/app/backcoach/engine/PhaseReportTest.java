package app.backcoach.engine;

import app.backcoach.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhaseReportTest {

    /** One exercise, 10 s holds, 2 reps, 1 set: GET_READY, HOLD, RELAX, HOLD, DONE. */
    private final Walker walker = Walker.started(Plans.of(Plans.plain("bridge", 2, 1)));
    private final MutableClock clock = walker.clock;
    private final WorkoutSession session = walker.session;

    private Walker inFirstHold() {
        walker.finishPhase();
        return walker;
    }

    @Test
    void aReportWhilePausedIsRejectedAndChangesNothing() {
        inFirstHold();
        clock.advanceSeconds(10);
        session.pause();

        PhaseResult result = session.phaseEnded(10_000);

        assertThat(result.outcome()).isEqualTo(PhaseResult.Outcome.PAUSED);
        assertThat(result.completedSets()).isEmpty();
        assertThat(session.snapshot().phase()).isEqualTo(Phase.HOLD);
        assertThat(session.snapshot().holdsCounted()).isZero();
    }

    @Test
    void aTooEarlyReportIsRejectedWithTheServersRemainingTime() {
        inFirstHold();
        clock.advanceSeconds(5);

        PhaseResult result = session.phaseEnded(10_000);

        assertThat(result.outcome()).isEqualTo(PhaseResult.Outcome.TOO_EARLY);
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.remaining()).isEqualTo(Duration.ofSeconds(5));
        assertThat(result.completedSets()).isEmpty();
    }

    @Test
    void aRejectedReportLeavesTheStateUnchanged() {
        inFirstHold();
        clock.advanceSeconds(5);
        Snapshot before = session.snapshot();

        session.phaseEnded(10_000);

        assertThat(session.snapshot()).isEqualTo(before);
    }

    @Test
    void aReportWithinTheOneSecondToleranceIsAccepted() {
        inFirstHold();
        clock.advanceMillis(9_000);

        PhaseResult result = session.phaseEnded(10_000);

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.remaining()).isZero();
        assertThat(session.snapshot().phase()).isEqualTo(Phase.RELAX);
        assertThat(session.snapshot().holdsCounted()).isEqualTo(1);
    }

    @Test
    void aReportJustOutsideTheToleranceIsRejected() {
        inFirstHold();
        clock.advanceMillis(8_999);

        PhaseResult result = session.phaseEnded(10_000);

        assertThat(result.outcome()).isEqualTo(PhaseResult.Outcome.TOO_EARLY);
        assertThat(result.remaining()).isEqualTo(Duration.ofMillis(1_001));
    }

    @Test
    void waitingPhasesAreCheckedAgainstTheClockToo() {
        clock.advanceSeconds(2);

        assertThat(session.phaseEnded(5_000).outcome()).isEqualTo(PhaseResult.Outcome.TOO_EARLY);
        assertThat(session.snapshot().phase()).isEqualTo(Phase.GET_READY);
    }

    @Test
    void timeSpentPausedDoesNotCountTowardsThePhase() {
        inFirstHold();
        clock.advanceSeconds(3);
        session.pause();
        clock.advanceSeconds(60);
        session.resume();
        clock.advanceSeconds(3);

        assertThat(session.phaseEnded(10_000).outcome()).isEqualTo(PhaseResult.Outcome.TOO_EARLY);

        clock.advanceSeconds(4);

        assertThat(session.phaseEnded(10_000).isAccepted()).isTrue();
    }

    @Test
    void aBrowserClaimingMoreThanPassedIsCappedToTheServerMeasureAndTolerance() {
        inFirstHold();
        clock.advanceMillis(9_500);

        session.phaseEnded(60_000);
        walker.finishPhase();
        CompletedSet set = walker.finishPhase().completedSets().getFirst();

        assertThat(set.measuredHoldMillis()).containsExactly(10_500L, 10_000L);
    }

    @Test
    void aBrowserClaimBelowTheServerMeasureIsKeptAsIs() {
        inFirstHold();
        clock.advanceMillis(10_400);

        session.phaseEnded(9_700);
        walker.finishPhase();
        CompletedSet set = walker.finishPhase().completedSets().getFirst();

        assertThat(set.measuredHoldMillis()).containsExactly(9_700L, 10_000L);
    }

    @Test
    void theCapExcludesTimeSpentPaused() {
        inFirstHold();
        clock.advanceSeconds(5);
        session.pause();
        clock.advanceSeconds(100);
        session.resume();
        clock.advanceSeconds(5);

        session.phaseEnded(105_000);
        walker.finishPhase();

        assertThat(walker.finishPhase().completedSets().getFirst().measuredHoldMillis().getFirst())
                .isEqualTo(11_000L);
    }

    @Test
    void aNegativeBrowserElapsedTimeIsAProgrammingError() {
        assertThatThrownBy(() -> session.phaseEnded(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAfterTheWorkoutIsDoneAreRejected() {
        walker.until(Phase.DONE);
        clock.advanceSeconds(30);

        PhaseResult result = session.phaseEnded(10_000);

        assertThat(result.outcome()).isEqualTo(PhaseResult.Outcome.FINISHED);
        assertThat(session.snapshot().phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void anAcceptedReportStartsTheNextPhaseWhenTheBrowserStartedIt() {
        inFirstHold();
        clock.advanceMillis(10_300);
        session.phaseEnded(10_000);

        // the browser moved on 300 ms before the server heard of it
        assertThat(session.snapshot().phase()).isEqualTo(Phase.RELAX);
        assertThat(session.snapshot().remaining()).isEqualTo(PhaseDurations.RELAX.minusMillis(300));
    }

    @Test
    void aReportThatReachesTheServerLateDoesNotShortenTheNextPhase() {
        // GET_READY runs out in the browser after 5 s, but the server hears of it 1.5 s later
        clock.advanceMillis(6_500);
        assertThat(session.phaseEnded(5_000).isAccepted()).isTrue();
        assertThat(session.snapshot().phase()).isEqualTo(Phase.HOLD);
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofMillis(8_500));

        // the browser's 10 s hold ends 8.5 s later on the server's clock, and is not too early
        clock.advanceMillis(8_500);
        PhaseResult result = session.phaseEnded(10_000);

        assertThat(result.isAccepted()).isTrue();
        assertThat(session.snapshot().holdsCounted()).isEqualTo(1);
    }

    @Test
    void aBrowserThatReportsEarlyCannotGainTimeOnTheServer() {
        // the report is on time on the server's clock: nothing is carried into the next phase
        clock.advanceMillis(5_000);
        session.phaseEnded(5_000);

        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(10));
        clock.advanceMillis(8_000);
        assertThat(session.phaseEnded(10_000).outcome()).isEqualTo(PhaseResult.Outcome.TOO_EARLY);
    }
}

package app.backcoach.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FinishEarlyTest {

    private final Walker walker = Walker.started(Plans.of(Plans.plain("bridge", 3, 2), Plans.plain("cat", 2, 1)));
    private final WorkoutSession session = walker.session;

    @Test
    void finishingEarlyGoesToDone() {
        session.finishEarly();

        assertThat(session.snapshot().phase()).isEqualTo(Phase.DONE);
        assertThat(session.snapshot().remaining()).isZero();
        assertThat(session.snapshot().next().phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void finishingEarlyWithCountedRepsEmitsTheCurrentSetAsPartial() {
        walker.finishPhases(4);

        List<CompletedSet> emitted = session.finishEarly();

        assertThat(emitted).singleElement().satisfies(set -> {
            assertThat(set.exerciseSlug()).isEqualTo("bridge");
            assertThat(set.setNumber()).isEqualTo(1);
            assertThat(set.repsDone()).isEqualTo(2);
            assertThat(set.repsPlanned()).isEqualTo(3);
            assertThat(set.partial()).isTrue();
            assertThat(set.endedAt()).isEqualTo(walker.clock.instant());
        });
        assertThat(session.snapshot().setsCompleted()).isEqualTo(1);
    }

    @Test
    void finishingEarlyWithoutCountedRepsInTheCurrentSetEmitsNothing() {
        walker.until(Phase.REST);
        walker.finishPhase();

        assertThat(session.finishEarly()).isEmpty();
        assertThat(session.completedSets()).hasSize(1);
    }

    @Test
    void finishingEarlyBeforeAnyHoldEmitsNothing() {
        assertThat(session.finishEarly()).isEmpty();
        assertThat(session.snapshot().holdsCounted()).isZero();
    }

    @Test
    void finishingEarlyInTheMiddleOfAnAlternatingSetEmitsBothSides() {
        Walker sided = Walker.started(Plans.of(Plans.alternating("bird-dog", 3, 1))).finishPhases(6);

        List<CompletedSet> emitted = sided.session.finishEarly();

        assertThat(emitted).extracting(CompletedSet::side, CompletedSet::repsDone)
                .containsExactly(tuple(Side.LEFT, 2), tuple(Side.RIGHT, 1));
    }

    @Test
    void finishingEarlyOnTheRightSideOnlyEmitsTheRightHalf() {
        Walker sided = Walker.started(Plans.of(Plans.leftThenRight("clam", 2, 1))).until(Phase.SWITCH_SIDES);
        sided.finishPhases(2);

        List<CompletedSet> emitted = sided.session.finishEarly();

        assertThat(emitted).extracting(CompletedSet::side, CompletedSet::repsDone)
                .containsExactly(tuple(Side.RIGHT, 1));
        assertThat(sided.session.completedSets()).extracting(CompletedSet::side)
                .containsExactly(Side.LEFT, Side.RIGHT);
    }

    @Test
    void finishingEarlyWhilePausedEndsUnpausedWithTheClockStoppedAtThePause() {
        walker.clock.advanceSeconds(3);
        session.pause();
        walker.clock.advanceSeconds(100);

        session.finishEarly();
        walker.clock.advanceSeconds(100);

        assertThat(session.snapshot().paused()).isFalse();
        assertThat(session.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void finishingEarlyTwiceEmitsNothingTheSecondTime() {
        walker.finishPhases(2);
        session.finishEarly();

        assertThat(session.finishEarly()).isEmpty();
        assertThat(session.completedSets()).hasSize(1);
    }

    @Test
    void reportsAfterFinishingEarlyAreRejected() {
        session.finishEarly();

        assertThat(session.phaseEnded(5_000).outcome()).isEqualTo(PhaseResult.Outcome.FINISHED);
    }

    @Test
    void theElapsedTimeStopsWhenFinishingEarly() {
        walker.finishPhases(3);
        session.finishEarly();
        walker.clock.advanceSeconds(30);

        assertThat(session.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(5 + 10 + 3));
    }
}

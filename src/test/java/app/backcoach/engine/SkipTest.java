package app.backcoach.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Plan: bridge and cat, 2 sets of 2 reps each. Phase indexes: 0 GET_READY, 1 HOLD s1r1, 2 RELAX, 3 HOLD s1r2,
 * 4 REST, 5 HOLD s2r1, 6 RELAX, 7 HOLD s2r2, 8 NEXT_EXERCISE, 9 GET_READY, 10 HOLD s1r1, ... 16 HOLD s2r2,
 * 17 DONE.
 */
class SkipTest {

    private final Walker walker = Walker.started(Plans.of(Plans.plain("bridge", 2, 2), Plans.plain("cat", 2, 2)));
    private final WorkoutSession session = walker.session;

    @Test
    void skippingGetReadyStartsTheFirstHoldAtOnce() {
        assertThat(session.skip()).isEmpty();

        assertThat(walker.label()).isEqualTo("HOLD e0 s1 r1 NONE");
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void skippingAHoldDoesNotCountTheRep() {
        walker.finishPhase();
        walker.clock.advanceSeconds(9);

        session.skip();

        assertThat(walker.label()).isEqualTo("RELAX e0 s1 r2 NONE");
        assertThat(session.snapshot().holdsCounted()).isZero();
    }

    @Test
    void skippingAWaitingPhaseKeepsTheRepsAlreadyCounted() {
        walker.finishPhases(2);

        session.skip();

        assertThat(walker.label()).isEqualTo("HOLD e0 s1 r2 NONE");
        assertThat(walker.finishPhase().completedSets()).singleElement()
                .extracting(CompletedSet::repsDone).isEqualTo(2);
    }

    @Test
    void skippingPastTheRestOfASetWithCountedRepsEmitsItAsPartial() {
        walker.finishPhases(3);

        List<CompletedSet> emitted = session.skip();

        assertThat(emitted).singleElement().satisfies(set -> {
            assertThat(set.setNumber()).isEqualTo(1);
            assertThat(set.repsDone()).isEqualTo(1);
            assertThat(set.repsPlanned()).isEqualTo(2);
            assertThat(set.partial()).isTrue();
            assertThat(set.measuredHoldMillis()).containsExactly(10_000L);
        });
        assertThat(walker.label()).isEqualTo("REST e0 s2 r1 NONE");
    }

    @Test
    void skippingAWholeSetEmitsNothing() {
        for (int i = 0; i < 4; i++) {
            assertThat(session.skip()).isEmpty();
        }

        assertThat(walker.label()).isEqualTo("REST e0 s2 r1 NONE");
        assertThat(session.completedSets()).isEmpty();
        assertThat(session.snapshot().setsCompleted()).isZero();
    }

    @Test
    void skippingTheLastSetOfAnExerciseLeadsToTheNextExercisePreview() {
        walker.finishPhases(6);
        session.skip();

        List<CompletedSet> emitted = session.skip();

        assertThat(walker.label()).isEqualTo("NEXT_EXERCISE e1 s1 r1 NONE");
        assertThat(emitted).extracting(CompletedSet::exerciseSlug, CompletedSet::setNumber, CompletedSet::repsDone)
                .containsExactly(tuple("bridge", 2, 1));
    }

    @Test
    void skippingTheLastHoldOfTheLastExerciseEndsTheWorkout() {
        walker.finishPhases(16);

        List<CompletedSet> emitted = session.skip();

        assertThat(session.snapshot().phase()).isEqualTo(Phase.DONE);
        assertThat(emitted).extracting(CompletedSet::exerciseSlug, CompletedSet::setNumber, CompletedSet::repsDone)
                .containsExactly(tuple("cat", 2, 1));
    }

    @Test
    void skippingEveryPhaseReachesDoneWithoutCountingAnything() {
        int skips = 0;
        while (session.snapshot().phase() != Phase.DONE) {
            assertThat(session.skip()).isEmpty();
            skips++;
        }

        assertThat(skips).isEqualTo(17);
        assertThat(session.snapshot().holdsCounted()).isZero();
    }

    @Test
    void skippingInDoneIsANoOp() {
        walker.until(Phase.DONE);

        assertThat(session.skip()).isEmpty();
        assertThat(session.snapshot().phase()).isEqualTo(Phase.DONE);
    }
}

package app.backcoach.engine;

import app.backcoach.exercise.SideMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WholeRoutineSequenceTest {

    private final WorkoutPlan twoExercises = Plans.of(
            Plans.plain("bridge", 2, 2),
            Plans.leftThenRight("clam", 2, 1));

    @Test
    void aTwoExercisePlanRunsThroughEveryPhaseInOrder() {
        assertThat(Walker.started(twoExercises).runToEnd()).containsExactly(
                "GET_READY e0 s1 r1 NONE",
                "HOLD e0 s1 r1 NONE",
                "RELAX e0 s1 r2 NONE",
                "HOLD e0 s1 r2 NONE",
                "REST e0 s2 r1 NONE",
                "HOLD e0 s2 r1 NONE",
                "RELAX e0 s2 r2 NONE",
                "HOLD e0 s2 r2 NONE",
                "NEXT_EXERCISE e1 s1 r1 LEFT",
                "GET_READY e1 s1 r1 LEFT",
                "HOLD e1 s1 r1 LEFT",
                "RELAX e1 s1 r2 LEFT",
                "HOLD e1 s1 r2 LEFT",
                "SWITCH_SIDES e1 s1 r1 RIGHT",
                "HOLD e1 s1 r1 RIGHT",
                "RELAX e1 s1 r2 RIGHT",
                "HOLD e1 s1 r2 RIGHT",
                "DONE e1 s1 r2 RIGHT");
    }

    @Test
    void eachPhaseLastsItsPlannedDuration() {
        Walker walker = Walker.started(twoExercises);
        List<String> durations = new ArrayList<>();
        while (walker.snapshot().phase() != Phase.DONE) {
            durations.add(walker.snapshot().phase() + "=" + walker.snapshot().phaseDuration().toSeconds());
            walker.finishPhase();
        }

        assertThat(durations).containsExactly(
                "GET_READY=5", "HOLD=10", "RELAX=3", "HOLD=10", "REST=20", "HOLD=10", "RELAX=3", "HOLD=10",
                "NEXT_EXERCISE=10", "GET_READY=5", "HOLD=10", "RELAX=3", "HOLD=10", "SWITCH_SIDES=5",
                "HOLD=10", "RELAX=3", "HOLD=10");
    }

    @Test
    void theNextLineAlwaysDescribesThePhaseThatFollows() {
        Walker walker = Walker.started(twoExercises);
        while (walker.snapshot().phase() != Phase.DONE) {
            Upcoming announced = walker.snapshot().next();
            walker.finishPhase();
            Snapshot now = walker.snapshot();

            assertThat(announced).isEqualTo(new Upcoming(now.phase(), now.exerciseIndex(), now.exercise().name(),
                    now.setNumber(), now.repNumber(), now.side(), now.phaseDuration()));
        }
    }

    @Test
    void theNextExercisePreviewAlreadyShowsTheNextExercise() {
        Snapshot preview = Walker.started(twoExercises).until(Phase.NEXT_EXERCISE).snapshot();

        assertThat(preview.exercise().slug()).isEqualTo("clam");
        assertThat(preview.exerciseIndex()).isEqualTo(1);
        assertThat(preview.phaseDuration()).isEqualTo(PhaseDurations.NEXT_EXERCISE);
        assertThat(preview.next().phase()).isEqualTo(Phase.GET_READY);
    }

    @Test
    void theLastHoldAnnouncesDoneAndDoneAnnouncesItself() {
        Walker walker = Walker.started(twoExercises);
        walker.finishPhases(16);

        assertThat(walker.label()).isEqualTo("HOLD e1 s1 r2 RIGHT");
        assertThat(walker.snapshot().next().phase()).isEqualTo(Phase.DONE);

        walker.finishPhase();

        assertThat(walker.snapshot().phase()).isEqualTo(Phase.DONE);
        assertThat(walker.snapshot().next().phase()).isEqualTo(Phase.DONE);
        assertThat(walker.snapshot().next().duration()).isZero();
    }

    @Test
    void everySetIsEmittedOnceWhenItsLastRepIsCounted() {
        List<CompletedSet> sets = Walker.started(twoExercises).collectSetsToEnd();

        assertThat(sets)
                .extracting(CompletedSet::exerciseSlug, CompletedSet::setNumber, CompletedSet::side,
                        CompletedSet::repsDone, CompletedSet::repsPlanned, CompletedSet::holdSecondsPlanned)
                .containsExactly(
                        tuple("bridge", 1, Side.NONE, 2, 2, 10),
                        tuple("bridge", 2, Side.NONE, 2, 2, 10),
                        tuple("clam", 1, Side.LEFT, 2, 2, 10),
                        tuple("clam", 1, Side.RIGHT, 2, 2, 10));
        assertThat(sets).allSatisfy(set -> {
            assertThat(set.partial()).isFalse();
            assertThat(set.measuredHoldMillis()).containsOnly(10_000L);
        });
    }

    @Test
    void aCompletedSetSpansFromItsFirstHoldToTheEndOfItsLastHold() {
        Walker walker = Walker.started(twoExercises);
        walker.finishPhase();
        var firstHoldStart = walker.clock.instant();

        CompletedSet first = walker.finishPhases(2).finishPhase().completedSets().getFirst();

        assertThat(first.startedAt()).isEqualTo(firstHoldStart);
        assertThat(first.endedAt()).isEqualTo(firstHoldStart.plusSeconds(10 + 3 + 10));
    }

    @Test
    void totalsGrowAsHoldsAndSetsAreCompleted() {
        Walker walker = Walker.started(twoExercises).until(Phase.REST);

        assertThat(walker.snapshot().holdsCounted()).isEqualTo(2);
        assertThat(walker.snapshot().setsCompleted()).isEqualTo(1);

        walker.until(Phase.DONE);

        assertThat(walker.snapshot().holdsCounted()).isEqualTo(8);
        assertThat(walker.snapshot().setsCompleted()).isEqualTo(4);
        assertThat(walker.session.completedSets()).hasSize(4);
    }

    @Test
    void theElapsedTimeAtTheEndEqualsTheEstimatedDuration() {
        Walker walker = Walker.started(twoExercises).until(Phase.DONE);

        assertThat(walker.snapshot().elapsed()).isEqualTo(WorkoutSession.estimatedDuration(twoExercises));
        assertThat(walker.snapshot().remaining()).isZero();
    }

    @Test
    void aSingleHoldWorkoutGoesFromGetReadyStraightToDone() {
        WorkoutPlan plan = Plans.of(Plans.plain("breath", 1, 1));

        assertThat(Walker.started(plan).runToEnd())
                .containsExactly("GET_READY e0 s1 r1 NONE", "HOLD e0 s1 r1 NONE", "DONE e0 s1 r1 NONE");
    }

    @Test
    void aZeroRestReplacesTheRestBetweenSetsWithARelax() {
        WorkoutPlan plan = Plans.of(Plans.exercise("tilt", 5, 1, 3, 0, SideMode.NONE));

        assertThat(Walker.started(plan).runToEnd()).containsExactly(
                "GET_READY e0 s1 r1 NONE",
                "HOLD e0 s1 r1 NONE",
                "RELAX e0 s2 r1 NONE",
                "HOLD e0 s2 r1 NONE",
                "RELAX e0 s3 r1 NONE",
                "HOLD e0 s3 r1 NONE",
                "DONE e0 s3 r1 NONE");
    }

    @Test
    void theRestBetweenSetsUsesTheExercisesRestSeconds() {
        WorkoutPlan plan = Plans.of(Plans.exercise("tilt", 5, 1, 2, 45, SideMode.NONE));

        Snapshot rest = Walker.started(plan).until(Phase.REST).snapshot();

        assertThat(rest.phaseDuration()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void theLastSetOfAnExerciseIsFollowedByThePreviewInsteadOfARest() {
        WorkoutPlan plan = Plans.of(Plans.plain("a", 1, 1), Plans.plain("b", 1, 1), Plans.plain("c", 1, 1));

        assertThat(Walker.started(plan).runToEnd()).containsExactly(
                "GET_READY e0 s1 r1 NONE",
                "HOLD e0 s1 r1 NONE",
                "NEXT_EXERCISE e1 s1 r1 NONE",
                "GET_READY e1 s1 r1 NONE",
                "HOLD e1 s1 r1 NONE",
                "NEXT_EXERCISE e2 s1 r1 NONE",
                "GET_READY e2 s1 r1 NONE",
                "HOLD e2 s1 r1 NONE",
                "DONE e2 s1 r1 NONE");
    }

    @Test
    void theSetAndRepTotalsFollowTheCurrentExercise() {
        WorkoutPlan plan = Plans.of(Plans.plain("a", 3, 2), Plans.alternating("b", 4, 5));
        Snapshot second = Walker.started(plan).until(Phase.NEXT_EXERCISE).snapshot();

        assertThat(second.setsTotal()).isEqualTo(5);
        assertThat(second.repsTotal()).isEqualTo(4);
    }
}

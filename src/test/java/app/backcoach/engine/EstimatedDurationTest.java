package app.backcoach.engine;

import app.backcoach.exercise.SideMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EstimatedDurationTest {

    @Test
    void aSingleHoldTakesGetReadyPlusTheHold() {
        WorkoutPlan plan = Plans.of(Plans.exercise("breath", 30, 1, 1, 60, SideMode.NONE));

        assertThat(WorkoutSession.estimatedDuration(plan)).isEqualTo(Duration.ofSeconds(5 + 30));
    }

    @Test
    void aPlainExerciseAddsHoldsRelaxesAndRests() {
        WorkoutPlan plan = Plans.of(Plans.exercise("bridge", 10, 3, 2, 30, SideMode.NONE));

        // 6 holds, 2 relaxes per set, 1 rest
        assertThat(WorkoutSession.estimatedDuration(plan)).isEqualTo(Duration.ofSeconds(5 + 60 + 12 + 30));
    }

    @Test
    void leftThenRightAddsASideSwitchPerSet() {
        WorkoutPlan plan = Plans.of(Plans.exercise("clam", 10, 2, 2, 20, SideMode.LEFT_THEN_RIGHT));

        // per set: 4 holds, 2 relaxes, 1 switch; 1 rest
        assertThat(WorkoutSession.estimatedDuration(plan))
                .isEqualTo(Duration.ofSeconds(5 + 2 * (40 + 6 + 5) + 20));
    }

    @Test
    void alternatingAddsARelaxBetweenEveryHold() {
        WorkoutPlan plan = Plans.of(Plans.exercise("bird-dog", 8, 3, 1, 20, SideMode.ALTERNATING));

        assertThat(WorkoutSession.estimatedDuration(plan)).isEqualTo(Duration.ofSeconds(5 + 6 * 8 + 5 * 3));
    }

    @Test
    void aZeroRestCountsAsARelax() {
        WorkoutPlan plan = Plans.of(Plans.exercise("tilt", 5, 1, 3, 0, SideMode.NONE));

        assertThat(WorkoutSession.estimatedDuration(plan)).isEqualTo(Duration.ofSeconds(5 + 15 + 2 * 3));
    }

    @Test
    void everyFurtherExerciseAddsAPreviewAndAGetReady() {
        PlannedExercise breath = Plans.exercise("breath", 30, 1, 1, 0, SideMode.NONE);

        assertThat(WorkoutSession.estimatedDuration(Plans.of(breath, breath, breath)))
                .isEqualTo(Duration.ofSeconds(5 + 30 + 2 * (10 + 5 + 30)));
    }

    @Test
    void theEstimateMatchesARunWithoutPauses() {
        WorkoutPlan plan = Plans.of(
                Plans.exercise("bridge", 12, 3, 2, 25, SideMode.NONE),
                Plans.exercise("clam", 7, 2, 2, 0, SideMode.LEFT_THEN_RIGHT),
                Plans.exercise("bird-dog", 5, 2, 2, 15, SideMode.ALTERNATING));

        Walker walker = Walker.started(plan).until(Phase.DONE);

        assertThat(walker.snapshot().elapsed()).isEqualTo(WorkoutSession.estimatedDuration(plan));
    }

    @Test
    void twoExercisesTakeTheirOwnEstimatesPlusOnePreviewWithoutTheSecondInitialGetReady() {
        PlannedExercise bridge = Plans.plain("bridge", 2, 2);
        PlannedExercise clam = Plans.leftThenRight("clam", 3, 1);

        Duration separate = WorkoutSession.estimatedDuration(Plans.of(bridge))
                .plus(WorkoutSession.estimatedDuration(Plans.of(clam)));

        assertThat(WorkoutSession.estimatedDuration(Plans.of(bridge, clam)))
                .isEqualTo(separate.plus(PhaseDurations.NEXT_EXERCISE));
    }
}

package app.backcoach.engine;

import app.backcoach.MutableClock;
import app.backcoach.exercise.SideMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkoutPlanValidationTest {

    @Test
    void aPlanWithoutExercisesIsRejected() {
        assertThatThrownBy(() -> new WorkoutPlan(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one exercise");
    }

    @Test
    void aPlanWithANullListIsRejected() {
        assertThatThrownBy(() -> new WorkoutPlan(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanContainingANullExerciseIsRejected() {
        List<PlannedExercise> exercises = Arrays.asList(Plans.plain("a", 1, 1), null);

        assertThatThrownBy(() -> new WorkoutPlan(exercises)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkoutPlan.of(Plans.plain("a", 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanKeepsAnImmutableCopyOfItsExercises() {
        List<PlannedExercise> exercises = new ArrayList<>(List.of(Plans.plain("a", 1, 1)));
        WorkoutPlan plan = new WorkoutPlan(exercises);

        exercises.add(Plans.plain("b", 1, 1));

        assertThat(plan.exercises()).hasSize(1);
        assertThatThrownBy(() -> plan.exercises().add(Plans.plain("c", 1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSameExerciseMayAppearTwiceInAPlan() {
        WorkoutPlan plan = Plans.of(Plans.plain("a", 1, 1), Plans.plain("a", 1, 1));

        assertThat(plan.size()).isEqualTo(2);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void anExerciseNeedsASlug(String slug) {
        assertThatThrownBy(() -> new PlannedExercise(slug, "Name", 10, 1, 1, 0, SideMode.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slug");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anExerciseNeedsAName(String name) {
        assertThatThrownBy(() -> new PlannedExercise("slug", name, 10, 1, 1, 0, SideMode.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void anExerciseNeedsAHoldOfAtLeastOneSecond(int holdSeconds) {
        assertThatThrownBy(() -> new PlannedExercise("s", "n", holdSeconds, 1, 1, 0, SideMode.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holdSeconds");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void anExerciseNeedsAtLeastOneRep(int reps) {
        assertThatThrownBy(() -> new PlannedExercise("s", "n", 10, reps, 1, 0, SideMode.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reps");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void anExerciseNeedsAtLeastOneSet(int sets) {
        assertThatThrownBy(() -> new PlannedExercise("s", "n", 10, 1, sets, 0, SideMode.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sets");
    }

    @Test
    void anExerciseCannotHaveNegativeRest() {
        assertThatThrownBy(() -> new PlannedExercise("s", "n", 10, 1, 1, -1, SideMode.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("restSeconds");
    }

    @Test
    void anExerciseMayHaveNoRestAtAll() {
        assertThat(new PlannedExercise("s", "n", 10, 1, 2, 0, SideMode.NONE).rest().isZero()).isTrue();
    }

    @Test
    void anExerciseNeedsASideMode() {
        assertThatNullPointerException()
                .isThrownBy(() -> new PlannedExercise("s", "n", 10, 1, 1, 0, null))
                .withMessageContaining("sideMode");
    }

    @Test
    void aSessionNeedsAPlanAndAClock() {
        WorkoutPlan plan = Plans.of(Plans.plain("a", 1, 1));

        assertThatNullPointerException().isThrownBy(() -> new WorkoutSession(null, new MutableClock()));
        assertThatNullPointerException().isThrownBy(() -> new WorkoutSession(plan, null));
        assertThatNullPointerException().isThrownBy(() -> WorkoutSession.estimatedDuration(null));
    }
}

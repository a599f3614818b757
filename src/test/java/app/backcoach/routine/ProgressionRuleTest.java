package app.backcoach.routine;

import app.backcoach.exercise.Dose;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.Movement;
import app.backcoach.exercise.SideMode;
import app.backcoach.routine.ProgressionRule.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressionRuleTest {

    private static final Outcome GOOD = new Outcome(true, 4, 3);
    private static final Outcome SAME_PAIN = new Outcome(true, 4, 4);
    private static final Outcome NOT_RATED = new Outcome(true, null, null);
    private static final Outcome HURT_MORE = new Outcome(true, 3, 5);
    private static final Outcome UNFINISHED = new Outcome(false, 3, 3);

    @Test
    void threeCompletedWorkoutsWithoutMorePainEarnAnOffer() {
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, SAME_PAIN, NOT_RATED))).isTrue();
    }

    @Test
    void twoAreNotEnough() {
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, GOOD))).isFalse();
        assertThat(ProgressionRule.offers(routine(10), List.of())).isFalse();
    }

    @Test
    void aWorkoutThatHurtMoreStartsTheCountAgain() {
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, GOOD, HURT_MORE))).isFalse();
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, GOOD, HURT_MORE, GOOD, GOOD))).isFalse();
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, GOOD, HURT_MORE, GOOD, GOOD, GOOD))).isTrue();
    }

    @Test
    void anUnfinishedWorkoutNeitherCountsNorResetsUnlessItHurtMore() {
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, UNFINISHED, GOOD))).isFalse();
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, UNFINISHED, GOOD, GOOD))).isTrue();
        assertThat(ProgressionRule.offers(routine(10), List.of(GOOD, GOOD, new Outcome(false, 2, 6), GOOD)))
                .isFalse();
    }

    @Test
    void painIsComparedOnlyWhenBothRatingsExist() {
        assertThat(new Outcome(true, null, 9).hurtMore()).isFalse();
        assertThat(new Outcome(true, 2, null).hurtMore()).isFalse();
        assertThat(new Outcome(true, 2, 3).hurtMore()).isTrue();
        assertThat(new Outcome(true, 0, 0).hurtMore()).isFalse();
    }

    @Test
    void nothingIsOfferedWhenProgressionIsOffOrTheRoutineIsBuiltIn() {
        List<Outcome> three = Collections.nCopies(3, GOOD);
        assertThat(ProgressionRule.offers(routine(10, false, false), three)).isFalse();
        assertThat(ProgressionRule.offers(routine(10, true, true), three)).isFalse();
    }

    @Test
    void aStepAddsOneRepUpToTheLimit() {
        assertThat(ProgressionRule.repsAfterStep(1)).isEqualTo(2);
        assertThat(ProgressionRule.repsAfterStep(Dose.MAX_REPS - 1)).isEqualTo(Dose.MAX_REPS);
        assertThat(ProgressionRule.repsAfterStep(Dose.MAX_REPS)).isEqualTo(Dose.MAX_REPS);
    }

    @Test
    void aRoutineAtTheMostRepsEverywhereIsOfferedNothing() {
        List<Outcome> three = Collections.nCopies(3, GOOD);
        assertThat(ProgressionRule.offers(routine(Dose.MAX_REPS), three)).isFalse();
        assertThat(ProgressionRule.offers(routine(Dose.MAX_REPS - 1), three)).isTrue();
    }

    private static RoutineInfo routine(int reps) {
        return routine(reps, true, false);
    }

    private static RoutineInfo routine(int reps, boolean progression, boolean builtIn) {
        ExerciseInfo tilt = new ExerciseInfo(1, "pelvic-tilt", "Pelvic tilt", "", Movement.values()[0], "x.svg",
                new Dose(5, 10, 2, SideMode.NONE, 2), List.of(), List.of(), "NHS", null);
        RoutineItem item = new RoutineItem(tilt, new Dose(5, reps, 2, SideMode.NONE, null), 30);
        return new RoutineInfo(7, builtIn ? "tilts" : "7", "Tilts", null, builtIn, List.of(item), progression,
                Instant.EPOCH);
    }
}

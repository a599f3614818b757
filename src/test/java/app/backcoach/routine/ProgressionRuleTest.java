package app.backcoach.routine;

import app.backcoach.exercise.Dose;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.Movement;
import app.backcoach.exercise.SideMode;
import app.backcoach.exercise.SourceRange;
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

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void threeCompletedRatedWorkoutsWithoutMorePainEarnAnOffer() {
        assertThat(offers(routine(8), List.of(GOOD, SAME_PAIN, GOOD))).isTrue();
    }

    @Test
    void onlyRatedWorkoutsCount() {
        assertThat(offers(routine(8), List.of(GOOD, SAME_PAIN, NOT_RATED))).isFalse();
        assertThat(offers(routine(8), List.of(GOOD, new Outcome(true, 3, null), SAME_PAIN))).isFalse();
        assertThat(offers(routine(8), List.of(GOOD, NOT_RATED, SAME_PAIN, GOOD))).as("nor do they reset").isTrue();
    }

    @Test
    void atLeastTwoDaysPassBetweenOffers() {
        List<Outcome> three = Collections.nCopies(3, GOOD);
        Instant answered = NOW.minus(ProgressionRule.DAYS_BETWEEN_OFFERS).plusSeconds(1);
        assertThat(ProgressionRule.offers(routine(8, true, false, answered), three, NOW)).isFalse();
        assertThat(ProgressionRule.offers(routine(8, true, false, answered.minusSeconds(1)), three, NOW)).isTrue();
    }

    @Test
    void progressionNeverGoesPastTheMostRepsTheSourcesName() {
        List<Outcome> three = Collections.nCopies(3, GOOD);
        assertThat(offers(routine(TILT_MOST_REPS), three)).isFalse();
        assertThat(offers(routine(TILT_MOST_REPS - 1), three)).isTrue();
        assertThat(ProgressionRule.repsAfterStep(TILT_MOST_REPS - 1, TILT_MOST_REPS)).isEqualTo(TILT_MOST_REPS);
        assertThat(ProgressionRule.repsAfterStep(TILT_MOST_REPS, TILT_MOST_REPS)).isEqualTo(TILT_MOST_REPS);
        assertThat(ProgressionRule.repsAfterStep(15, TILT_MOST_REPS)).as("a physiotherapist's higher dose stays")
                .isEqualTo(15);
    }

    @Test
    void twoAreNotEnough() {
        assertThat(offers(routine(8), List.of(GOOD, GOOD))).isFalse();
        assertThat(offers(routine(8), List.of())).isFalse();
    }

    @Test
    void aWorkoutThatHurtMoreStartsTheCountAgain() {
        assertThat(offers(routine(8), List.of(GOOD, GOOD, HURT_MORE))).isFalse();
        assertThat(offers(routine(8), List.of(GOOD, GOOD, HURT_MORE, GOOD, GOOD))).isFalse();
        assertThat(offers(routine(8), List.of(GOOD, GOOD, HURT_MORE, GOOD, GOOD, GOOD))).isTrue();
    }

    @Test
    void anUnfinishedWorkoutNeitherCountsNorResetsUnlessItHurtMore() {
        assertThat(offers(routine(8), List.of(GOOD, UNFINISHED, GOOD))).isFalse();
        assertThat(offers(routine(8), List.of(GOOD, UNFINISHED, GOOD, GOOD))).isTrue();
        assertThat(offers(routine(8), List.of(GOOD, GOOD, new Outcome(false, 2, 6), GOOD)))
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
        assertThat(offers(routine(8, false, false), three)).isFalse();
        assertThat(offers(routine(8, true, true), three)).isFalse();
    }

    @Test
    void aStepAddsOneRep() {
        assertThat(ProgressionRule.repsAfterStep(1, TILT_MOST_REPS)).isEqualTo(2);
    }

    private static final int TILT_MOST_REPS = 10;

    private static boolean offers(RoutineInfo routine, List<Outcome> outcomes) {
        return ProgressionRule.offers(routine, outcomes, NOW);
    }

    private static RoutineInfo routine(int reps) {
        return routine(reps, true, false);
    }

    private static RoutineInfo routine(int reps, boolean progression, boolean builtIn) {
        return routine(reps, progression, builtIn, Instant.EPOCH);
    }

    private static RoutineInfo routine(int reps, boolean progression, boolean builtIn, Instant since) {
        ExerciseInfo tilt = new ExerciseInfo(1, "pelvic-tilt", "Pelvic tilt", "", Movement.values()[0], "x.svg",
                new Dose(5, 10, 2, SideMode.NONE, 2), List.of(), List.of(), "NHS", null,
                new SourceRange(2, 10, 5, TILT_MOST_REPS, 2), java.util.Set.of());
        RoutineItem item = new RoutineItem(tilt, new Dose(5, reps, 2, SideMode.NONE, null), 30);
        return new RoutineInfo(7, builtIn ? "tilts" : "7", "Tilts", null, builtIn, List.of(item), progression,
                since);
    }
}

package app.backcoach.plan;

import app.backcoach.care.CareKind;
import app.backcoach.safety.Advice;
import app.backcoach.safety.SafetyStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static app.backcoach.safety.SafetyStatus.State.CLEAR;
import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {

    private static final LocalDate BEGAN = LocalDate.of(2026, 11, 10);

    @Test
    void theDayItBeganIsDayOneAndADayBeforeItCountsAsDayOneToo() {
        assertThat(PlanRules.dayOf(BEGAN, BEGAN)).isEqualTo(1);
        assertThat(PlanRules.dayOf(BEGAN, BEGAN.plusDays(2))).isEqualTo(3);
        assertThat(PlanRules.dayOf(BEGAN, BEGAN.minusDays(1))).as("day 0").isEqualTo(1);
    }

    @Test
    void dayOneGentleMovementsShortWalksColdPacksAndBedRestOnlyIfNeeded() {
        Plan plan = plan(1, CareKind.COLD, Easing.TOO_FEW_RATINGS);
        assertThat(keys(plan.today())).containsExactly("bedRest", "moveGently", "walkShort", "cold", "position");
        assertThat(keys(plan.ahead())).startsWith("heat", "stretches", "upAndAbout", "walkBuildUp", "twoWeeks");
        assertThat(plan.safetyFirst()).isFalse();
    }

    @Test
    void dayTwoNoBedRestAnyMore() {
        Plan plan = plan(2, CareKind.COLD, Easing.TOO_FEW_RATINGS);
        assertThat(keys(plan.today())).containsExactly("upAndAbout", "moveGently", "walkShort", "cold", "position");
        assertThat(keys(plan.ahead())).doesNotContain("bedRest", "upAndAbout");
    }

    @Test
    void dayThreeStillColdWithHeatNextInLine() {
        Plan plan = plan(3, CareKind.COLD, Easing.TOO_FEW_RATINGS);
        assertThat(keys(plan.today())).containsExactly("upAndAbout", "moveGently", "walkShort", "cold", "position");
        assertThat(keys(plan.ahead())).first().isEqualTo("heat");
    }

    @Test
    void daysFourToThirteenHeatAndLongerWalksOnceTheColdHoursAreOver() {
        for (int day = 4; day <= 13; day++) {
            Plan plan = plan(day, CareKind.HEAT, Easing.TOO_FEW_RATINGS);
            assertThat(keys(plan.today())).as("day " + day)
                    .containsExactly("upAndAbout", "moveGently", "walkBuildUp", "heat", "position");
            assertThat(keys(plan.ahead())).as("day " + day).contains("stretches", "twoWeeks").doesNotContain("heat", "cold");
        }
        // on day 4 before the 72 hours are over, home care still says cold, and so does the plan
        assertThat(keys(plan(4, CareKind.COLD, Easing.TOO_FEW_RATINGS).today())).contains("cold").doesNotContain("heat");
    }

    @Test
    void dayFourteenEasingIsExpected() {
        Plan plan = plan(14, CareKind.HEAT, Easing.TOO_FEW_RATINGS);
        assertThat(keys(plan.today())).containsExactly("moveGently", "walkBuildUp", "heat", "position", "twoWeeks");
        assertThat(keys(plan.ahead())).containsExactly("stretches", "settling", "fourToSix", "afterSix");
    }

    @Test
    void daysFifteenToTwentySevenKeepMovingWhileTheStopRuleAdvisesTheReview() {
        for (int day = 15; day <= 27; day++) {
            Plan plan = plan(day, CareKind.HEAT, Easing.NOT_FALLING);
            assertThat(keys(plan.today())).as("day " + day).containsExactly("moveGently", "walkBuildUp", "heat", "position", "settling");
        }
        Plan notEasing = PlanRules.plan(15, CareKind.HEAT, Easing.NOT_FALLING, CLEAR,
                List.of(new Advice(Advice.Kind.NOT_EASING, 14)));
        assertThat(notEasing.safetyFirst()).isTrue();
        assertThat(notEasing.advice()).extracting(Advice::kind).containsExactly(Advice.Kind.NOT_EASING);
        assertThat(notEasing.hold()).as("a review does not stop gentle exercise").isEqualTo(Plan.Hold.NOTHING);
    }

    @Test
    void daysTwentyEightToFortyTwoMostPeopleHaveSettled() {
        for (int day = 28; day <= 42; day++) {
            assertThat(keys(plan(day, CareKind.HEAT, Easing.PAIN_FALLING).today())).as("day " + day)
                    .containsExactly("moveGently", "stretches", "walkBuildUp", "fourToSix");
        }
        assertThat(keys(plan(28, CareKind.HEAT, Easing.PAIN_FALLING).ahead())).containsExactly("afterSix");
    }

    @Test
    void afterSixWeeksKeepMovingOrSeeSomeone() {
        for (int day : new int[] {43, 60, 365}) {
            Plan plan = plan(day, CareKind.HEAT, Easing.TOO_FEW_RATINGS);
            assertThat(keys(plan.today())).as("day " + day).containsExactly("moveGently", "walkBuildUp", "afterSix");
            assertThat(keys(plan.ahead())).containsExactly("stretches");
        }
    }

    @Test
    void theStretchesComeInOnceTheSpasmEasesOnAnyDay() {
        assertThat(keys(plan(2, CareKind.COLD, Easing.PAIN_FALLING).today())).contains("stretches");
        assertThat(keys(plan(2, CareKind.COLD, Easing.SAID_SO).today())).contains("stretches");
        assertThat(keys(plan(20, CareKind.HEAT, Easing.NOT_FALLING).today())).doesNotContain("stretches");
        assertThat(keys(plan(20, CareKind.HEAT, Easing.NOT_FALLING).ahead())).first().isEqualTo("stretches");
    }

    @Test
    void painBeforeWorkoutsFallingByAPointIsEasing() {
        assertThat(PlanRules.easing(List.of(4, 4, 4, 6, 5, 6), false)).isEqualTo(Easing.PAIN_FALLING);
        assertThat(PlanRules.easing(List.of(3, 4, 5, 5), false)).isEqualTo(Easing.PAIN_FALLING);
        // only the latest six count: an old high rating does not make recent pain look lower
        assertThat(PlanRules.easing(List.of(5, 5, 5, 5, 5, 5, 9, 9), false)).isEqualTo(Easing.NOT_FALLING);
    }

    @Test
    void painNotFallingOrFallingByLessThanAPointIsNotEasing() {
        assertThat(PlanRules.easing(List.of(5, 5, 5, 5), false)).isEqualTo(Easing.NOT_FALLING);
        assertThat(PlanRules.easing(List.of(6, 6, 4, 4), false)).as("rising").isEqualTo(Easing.NOT_FALLING);
        assertThat(PlanRules.easing(List.of(5, 4, 5, 5, 5, 5), false)).as("a third of a point").isEqualTo(Easing.NOT_FALLING);
    }

    @Test
    void tooFewRatingsCannotTell() {
        assertThat(PlanRules.easing(List.of(), false)).isEqualTo(Easing.TOO_FEW_RATINGS);
        assertThat(PlanRules.easing(List.of(2, 8, 8), false)).isEqualTo(Easing.TOO_FEW_RATINGS);
        assertThat(Easing.TOO_FEW_RATINGS.easing()).isFalse();
    }

    @Test
    void thePersonSayingItEasesIsEnoughWhateverTheRatings() {
        assertThat(PlanRules.easing(List.of(), true)).isEqualTo(Easing.SAID_SO);
        assertThat(PlanRules.easing(List.of(7, 7, 5, 5), true)).isEqualTo(Easing.SAID_SO);
        assertThat(Easing.SAID_SO.easing()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SafetyStatus.State.class, names = {"EMERGENCY", "SAME_DAY"})
    void aRedFlagThatNeedsADoctorComesFirstAndThePlanWaits(SafetyStatus.State state) {
        for (int day : new int[] {1, 3, 10, 14, 20, 30, 50}) {
            Plan plan = PlanRules.plan(day, CareKind.HEAT, Easing.PAIN_FALLING, state, List.of());
            assertThat(plan.redFlag()).contains(state);
            assertThat(plan.safetyFirst()).isTrue();
            assertThat(plan.hold()).isEqualTo(Plan.Hold.EVERYTHING);
            assertThat(plan.today()).as("day " + day).isEmpty();
            assertThat(plan.ahead()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = SafetyStatus.State.class, names = {"WARNING", "CHECK_NEEDED", "CHECK_DUE"})
    void otherRedFlagStatesComeFirstAndThePlanGoesOn(SafetyStatus.State state) {
        Plan plan = PlanRules.plan(5, CareKind.HEAT, Easing.TOO_FEW_RATINGS, state, List.of());
        assertThat(plan.redFlag()).contains(state);
        assertThat(plan.hold()).isEqualTo(Plan.Hold.NOTHING);
        assertThat(keys(plan.today())).contains("moveGently");
    }

    @ParameterizedTest
    @EnumSource(value = Advice.Kind.class, names = {"STOP_FOR_TODAY", "PAIN_RISING"})
    void aStopRuleComesFirstAndHoldsBackTodaysExercisesButNotHomeCare(Advice.Kind kind) {
        for (int day : new int[] {1, 3, 10, 14, 20, 30, 50}) {
            Plan plan = PlanRules.plan(day, CareKind.HEAT, Easing.SAID_SO, CLEAR, List.of(new Advice(kind, 0)));
            assertThat(plan.safetyFirst()).isTrue();
            assertThat(plan.hold()).isEqualTo(Plan.Hold.EXERCISES);
            assertThat(plan.today()).as("day " + day).noneMatch(PlanStep::exercise).isNotEmpty();
        }
    }

    @Test
    void withNothingToSaySafetyStaysOutOfTheWay() {
        Plan plan = PlanRules.plan(5, CareKind.HEAT, Easing.TOO_FEW_RATINGS, CLEAR, List.of());
        assertThat(plan.redFlag()).isEmpty();
        assertThat(plan.advice()).isEmpty();
        assertThat(plan.safetyFirst()).isFalse();
    }

    @Test
    void everyStepHasASourceAndADayRange() {
        assertThat(PlanRules.STEPS).allSatisfy(step -> {
            assertThat(step.sourceKey()).isNotBlank();
            assertThat(step.fromDay()).isBetween(1, step.toDay());
        });
    }

    private static Plan plan(int day, CareKind pack, Easing easing) {
        return PlanRules.plan(day, pack, easing, CLEAR, List.of());
    }

    private static List<String> keys(List<PlanStep> steps) {
        return steps.stream().map(PlanStep::key).toList();
    }
}

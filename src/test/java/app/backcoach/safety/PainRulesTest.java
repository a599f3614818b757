package app.backcoach.safety;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PainRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    @Test
    void onlySpreadingSymptomsRaiseTheSpreadingFlag() {
        assertThat(PainRules.raisesSpreadingFlag(LegSymptoms.SPREADING)).isTrue();
        assertThat(PainRules.raisesSpreadingFlag(Hurt.SPREADING)).isTrue();
        assertThat(PainRules.raisesSpreadingFlag(LegSymptoms.SAME)).isFalse();
        assertThat(PainRules.raisesSpreadingFlag(LegSymptoms.NONE)).isFalse();
        assertThat(PainRules.raisesSpreadingFlag(LegSymptoms.GONE_OR_CENTRAL)).isFalse();
        assertThat(PainRules.raisesSpreadingFlag(Hurt.SHARP)).isFalse();
        assertThat(PainRules.raisesSpreadingFlag((LegSymptoms) null)).isFalse();
    }

    @Test
    void stopForTodayAfterOneWorkoutThatRaisedPainByTwoOrLeftItAtSeven() {
        assertThat(PainRules.stopForToday(3, 5)).as("exactly 2 points higher").isTrue();
        assertThat(PainRules.stopForToday(3, 4)).as("1 point higher").isFalse();
        assertThat(PainRules.stopForToday(6, 7)).as("7 after, whatever before").isTrue();
        assertThat(PainRules.stopForToday(null, 7)).isTrue();
        assertThat(PainRules.stopForToday(null, 6)).isFalse();
        assertThat(PainRules.stopForToday(8, 6)).as("less pain after").isFalse();
        assertThat(PainRules.stopForToday(3, null)).isFalse();
    }

    @Test
    void painBeforeOfEightOrMoreSuggestsRestInsteadOfStarting() {
        assertThat(PainRules.restInsteadOfStarting(8)).isTrue();
        assertThat(PainRules.restInsteadOfStarting(10)).isTrue();
        assertThat(PainRules.restInsteadOfStarting(7)).isFalse();
        assertThat(PainRules.restInsteadOfStarting(null)).isFalse();
    }

    @Test
    void exactlyTwoPointsHigherCountsAsARiseButOnePointDoesNot() {
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(3, 5), new PainPair(4, 6), new PainPair(0, 2))))
                .isTrue();
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(3, 5), new PainPair(4, 5), new PainPair(0, 2))))
                .as("one of the three rose by only 1 point").isFalse();
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(3, 9), new PainPair(1, 8), new PainPair(2, 10))))
                .isTrue();
    }

    @Test
    void twoRisesInARowAreNotEnoughThreeAre() {
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(2, 4), new PainPair(2, 4)))).isFalse();
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(2, 4), new PainPair(2, 4), new PainPair(2, 4))))
                .isTrue();
    }

    @Test
    void onlyTheLatestThreeCountAndABetterOneBreaksTheRow() {
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(5, 4), new PainPair(2, 4), new PainPair(2, 4),
                new PainPair(2, 4)))).as("the latest workout did not raise the pain").isFalse();
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(2, 4), new PainPair(2, 4), new PainPair(2, 4),
                new PainPair(5, 4)))).as("an older, better workout is beyond the three").isTrue();
        assertThat(PainRules.painRoseInARow(List.of(new PainPair(2, 4), new PainPair(6, 6), new PainPair(2, 4))))
                .isFalse();
    }

    @Test
    void day13IsTooEarlyForTheReviewDay14IsNot() {
        List<DailyPain> flat = everyDay(START, START.plusDays(14), 6.0);
        assertThat(PainRules.notEasing(START, START.plusDays(13), flat)).isFalse();
        assertThat(PainRules.notEasing(START, START.plusDays(14), flat)).isTrue();
    }

    @Test
    void painThatEasesByAPointOrMoreNeedsNoReview() {
        List<DailyPain> days = new ArrayList<>(everyDay(START, START.plusDays(7), 6.0));
        days.addAll(everyDay(START.plusDays(8), START.plusDays(14), 5.0));
        assertThat(PainRules.notEasing(START, START.plusDays(14), days)).as("exactly 1 point lower").isFalse();

        List<DailyPain> barely = new ArrayList<>(everyDay(START, START.plusDays(7), 6.0));
        barely.addAll(everyDay(START.plusDays(8), START.plusDays(14), 5.5));
        assertThat(PainRules.notEasing(START, START.plusDays(14), barely)).as("half a point lower").isTrue();
    }

    @Test
    void withTooFewRatingsToTellEasingIsNotShown() {
        assertThat(PainRules.notEasing(START, START.plusDays(20), List.of())).isTrue();
        assertThat(PainRules.notEasing(START, START.plusDays(20), everyDay(START.plusDays(15), START.plusDays(20), 2.0)))
                .as("no ratings before the last 7 days").isTrue();
    }

    @Test
    void theTrendTellsTooFewRatingsFromNotEasing() {
        assertThat(PainRules.trend(START, START.plusDays(13), List.of())).isEqualTo(PainRules.Trend.TOO_EARLY);
        assertThat(PainRules.trend(START, START.plusDays(14), List.of())).isEqualTo(PainRules.Trend.TOO_FEW_RATINGS);
        assertThat(PainRules.trend(START, START.plusDays(14), everyDay(START, START.plusDays(14), 6.0)))
                .isEqualTo(PainRules.Trend.NOT_EASING);
        List<DailyPain> easing = new ArrayList<>(everyDay(START, START.plusDays(7), 6.0));
        easing.addAll(everyDay(START.plusDays(8), START.plusDays(14), 3.0));
        assertThat(PainRules.trend(START, START.plusDays(14), easing)).isEqualTo(PainRules.Trend.EASING);
    }

    @Test
    void withoutAStartDateThereIsNoReviewRule() {
        assertThat(PainRules.notEasing(null, START.plusDays(60), everyDay(START, START.plusDays(60), 9.0))).isFalse();
    }

    @Test
    void ratingsFromBeforeTheSpasmBeganDoNotCount() {
        List<DailyPain> days = new ArrayList<>(everyDay(START.minusDays(10), START.minusDays(1), 9.0));
        days.addAll(everyDay(START, START.plusDays(14), 4.0));
        assertThat(PainRules.notEasing(START, START.plusDays(14), days))
                .as("the high ratings before the start would have made 4 look like easing").isTrue();
    }

    @Test
    void aDaysLevelAveragesItsBeforeAndAfterRatings() {
        assertThat(new DailyPain(START, 4.0, 6.0).level()).hasValue(5.0);
        assertThat(new DailyPain(START, null, 6.0).level()).hasValue(6.0);
        assertThat(new DailyPain(START, null, null).level()).isEmpty();
    }

    private static List<DailyPain> everyDay(LocalDate from, LocalDate to, double level) {
        List<DailyPain> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new DailyPain(day, level, level));
        }
        return days;
    }
}

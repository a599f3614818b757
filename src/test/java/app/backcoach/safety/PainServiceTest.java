package app.backcoach.safety;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestHistory;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.settings.UserSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stop rules applied to what a person has stored: ratings on workouts, leg symptoms, the spasm's start. */
@BackCoachTest
class PainServiceTest {

    @Autowired
    PainService pain;
    @Autowired
    UserSettingsService settings;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private AccountPrincipal dora;

    @BeforeEach
    void signIn() {
        dora = TestAccounts.create(accounts, "dora");
        SignedIn.as(dora);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void painTwoPointsHigherAfterThreeWorkoutsInARowSuggestsAReview() {
        workout(3, 5, 24 * 3);
        workout(2, 4, 24 * 2);
        assertThat(pain.currentAdvice()).as("two in a row").isEmpty();
        workout(4, 6, 24);
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.PAIN_RISING, 0));
        workout(4, 4, 0);
        assertThat(pain.currentAdvice()).as("the latest workout did not raise the pain").isEmpty();
    }

    @Test
    void workoutsWithoutBothRatingsAreLeftOutOfTheRow() {
        workout(3, 5, 24 * 4);
        workout(2, 4, 24 * 3);
        workout(null, 9, 24 * 2);
        workout(4, 6, 24);
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.PAIN_RISING, 0));
    }

    @Test
    void theSpreadingFlagStaysUntilThePersonSaysTheSymptomsSettled() {
        assertThat(pain.pressUpsPaused()).isFalse();
        pain.flagSpreading();
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.SPREADING, 0));
        assertThat(pain.pressUpsPaused()).isTrue();
        clock.advance(Duration.ofDays(30));
        assertThat(pain.currentAdvice()).as("time does not lower it").containsExactly(new Advice(Advice.Kind.SPREADING, 0));

        pain.legsSettled();
        assertThat(pain.currentAdvice()).isEmpty();
        assertThat(pain.pressUpsPaused()).isFalse();
    }

    @Test
    void oneWorkoutTodayThatRaisedThePainByTwoSaysStopForToday() {
        workout(3, 4, 1);
        assertThat(pain.currentAdvice()).as("one point").isEmpty();
        workout(3, 5, 1);
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.STOP_FOR_TODAY, 0));
        clock.advance(Duration.ofDays(1));
        assertThat(pain.currentAdvice()).as("the next day").isEmpty();
    }

    @Test
    void painOfSevenAfterAWorkoutSaysStopForToday() {
        workout(null, 7, 1);
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.STOP_FOR_TODAY, 0));
    }

    @Test
    void twoWeeksAfterTheSpasmBeganWithoutEasingSuggestsAReview() {
        Instant began = clock.instant().minus(Duration.ofDays(13));
        settings.setSpasmStartedAt(began);
        for (int daysAgo = 13; daysAgo >= 0; daysAgo--) {
            workout(6, 6, daysAgo * 24);
        }
        assertThat(pain.currentAdvice()).as("day 13").isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.NOT_EASING, 14));

        settings.setSpasmStartedAt(null);
        assertThat(pain.currentAdvice()).as("the spasm has settled").isEmpty();
    }

    @Test
    void withNoRatingsAtAllDay14SaysThereAreTooFewToTell() {
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(14)));
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.NOT_KNOWN_TO_EASE, 14));
    }

    @Test
    void theRisingPainRuleFollowsRecentAnswersOnly() {
        workout(2, 5, 24 * 16);
        workout(2, 5, 24 * 17);
        workout(2, 5, 24 * 18);
        assertThat(pain.currentAdvice()).as("answers more than 14 days old").isEmpty();

        workout(2, 5, 24 * 2);
        workout(2, 5, 24 * 3);
        workout(2, 5, 24 * 4);
        assertThat(pain.currentAdvice()).containsExactly(new Advice(Advice.Kind.PAIN_RISING, 0));

        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofHours(1)));
        assertThat(pain.currentAdvice()).as("a new spasm began after those answers").isEmpty();
    }

    @Test
    void theDailyAveragesCoverTheAskedDaysOnly() {
        workout(4, 6, 1);
        workout(2, 2, 2);
        workout(8, 8, 24 * 40);
        assertThat(pain.lastDays(28)).singleElement().satisfies(day -> {
            assertThat(day.before()).isEqualTo(3.0);
            assertThat(day.after()).isEqualTo(4.0);
        });
    }

    @Test
    void ratingsCountForThePersonsLocalDayNotTheServers() {
        settings.rememberBrowser("America/New_York", "en-US");
        // 20:30 in New York on 21 November is 01:30 on 22 November in UTC
        clock.set(Instant.parse("2026-11-22T02:00:00Z"));
        long evening = TestHistory.workout(jdbc, dora.id(), Instant.parse("2026-11-22T01:30:00Z"), Duration.ofMinutes(5),
                2, "COMPLETED");
        TestHistory.ratePain(jdbc, evening, 5, 3);

        assertThat(pain.lastDays(28)).singleElement()
                .satisfies(day -> assertThat(day.day()).isEqualTo(java.time.LocalDate.of(2026, 11, 21)));
    }

    @Test
    void aSpasmStartInTheFutureOrOverAYearAgoIsRefused() {
        assertThatThrownBy(() -> settings.setSpasmStartedAt(clock.instant().plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(366))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.spasmStartedAt()).isEmpty();
    }

    private long workout(Integer before, Integer after, int hoursAgo) {
        long id = TestHistory.workout(jdbc, dora.id(), clock.instant().minus(Duration.ofHours(hoursAgo)).minusSeconds(600),
                Duration.ofMinutes(5), 2, "COMPLETED");
        TestHistory.ratePain(jdbc, id, before, after);
        return id;
    }
}

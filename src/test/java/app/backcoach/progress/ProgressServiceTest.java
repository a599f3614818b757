package app.backcoach.progress;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class ProgressServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Autowired
    ProgressService progress;
    @Autowired
    UserSettingsService settings;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private AccountPrincipal anna;
    private Instant before;

    @BeforeEach
    void signIn() {
        before = clock.instant();
        anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
    }

    @AfterEach
    void restore() {
        clock.set(before);
        SignedIn.nobody();
    }

    @Test
    void aWorkoutStartedAtHalfPastElevenCountsForThatLocalDay() {
        settings.rememberBrowser("Europe/Berlin", "en-GB");
        now(LocalDateTime.of(2026, 11, 20, 23, 55), BERLIN);
        workout(LocalDateTime.of(2026, 11, 20, 23, 30), BERLIN, 40);

        assertThat(progress.today().sessions()).isEqualTo(1);

        now(LocalDateTime.of(2026, 11, 21, 0, 30), BERLIN);
        assertThat(progress.today().sessions()).as("the next local day").isZero();
    }

    @Test
    void theDayFollowsThePersonsTimeZoneNotTheServers() {
        settings.rememberBrowser("Pacific/Auckland", "en-NZ");
        // 11:00 UTC is already tomorrow 00:00 in Auckland (UTC+13 in November)
        now(LocalDateTime.of(2026, 11, 21, 0, 30), AUCKLAND);
        workout(LocalDateTime.of(2026, 11, 20, 23, 50), AUCKLAND, 10);
        workout(LocalDateTime.of(2026, 11, 21, 0, 10), AUCKLAND, 10);

        assertThat(progress.today().sessions()).isEqualTo(1);
    }

    @Test
    void theWeekStartsOnTheLocalesFirstDay() {
        // Sunday 22 November 2026, then Monday 23 November
        now(LocalDateTime.of(2026, 11, 23, 10, 0), BERLIN);
        workout(LocalDateTime.of(2026, 11, 22, 9, 0), BERLIN, 15);

        settings.rememberBrowser("Europe/Berlin", "en-GB");
        assertThat(progress.lastWeeks(2).getLast().sessions()).as("week from Monday").isZero();
        assertThat(progress.lastWeeks(2).getFirst().sessions()).isEqualTo(1);

        settings.rememberBrowser("Europe/Berlin", "en-US");
        assertThat(progress.lastWeeks(2).getLast().weekStart()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(progress.lastWeeks(2).getLast().sessions()).as("week from Sunday").isEqualTo(1);
    }

    @Test
    void anEveningWorkoutWestOfTheServerCountsForItsLocalDayAndWeek() {
        // Saturday 21 November 20:30 in New York is already Sunday 01:30 in UTC, the server's zone in tests
        settings.rememberBrowser("America/New_York", "en-US");
        ZoneId newYork = ZoneId.of("America/New_York");
        now(LocalDateTime.of(2026, 11, 21, 21, 0), newYork);
        workout(LocalDateTime.of(2026, 11, 21, 20, 30), newYork, 20);

        WeekSummary week = progress.lastWeeks(1).getLast();
        assertThat(week.weekStart()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(week.sessions()).isEqualTo(1);
        assertThat(week.activeDays()).isEqualTo(1);
    }

    @Test
    void aWorkoutAcrossMidnightCountsOnceForItsFirstDayWithAllItsMinutes() {
        settings.rememberBrowser("Europe/Berlin", "en-GB");
        now(LocalDateTime.of(2026, 11, 26, 12, 0), BERLIN);
        workout(LocalDateTime.of(2026, 11, 24, 23, 50), BERLIN, 30);

        WeekSummary week = progress.lastWeeks(1).getLast();

        assertThat(week.sessions()).isEqualTo(1);
        assertThat(week.activeDays()).isEqualTo(1);
        assertThat(week.minutes()).isEqualTo(30);
        assertThat(week.sets()).isEqualTo(3);
    }

    @Test
    void aWorkoutWithNoSetDoneIsNotASession() {
        settings.rememberBrowser("Europe/Berlin", "en-GB");
        now(LocalDateTime.of(2026, 11, 20, 12, 0), BERLIN);
        TestHistory.workout(jdbc, anna.id(), at(LocalDateTime.of(2026, 11, 20, 9, 0), BERLIN), Duration.ofMinutes(1),
                0, "PARTIAL");

        assertThat(progress.today().sessions()).isZero();
    }

    @Test
    void theDailyTargetIsTwoUntilThePersonChangesIt() {
        assertThat(progress.today().target()).isEqualTo(2);

        settings.setTargets(3, 4);

        assertThat(progress.today().target()).isEqualTo(3);
        assertThatThrownBy(() -> settings.setTargets(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.setTargets(3, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThat(progress.today().target()).isEqualTo(3);
        assertThat(progress.streak().goalDays()).isEqualTo(4);
    }

    @Test
    void theStreakCountsWeeksThatReachedTheGoalAndOneMissedDayDoesNotBreakIt() {
        settings.rememberBrowser("Europe/Berlin", "en-GB");
        // Sunday 29 November 2026, in the week from Monday 23; the weeks before start on Mondays 16, 9 and 2
        now(LocalDateTime.of(2026, 11, 29, 12, 0), BERLIN);
        activeDays(LocalDate.of(2026, 11, 16), 6);
        activeDays(LocalDate.of(2026, 11, 9), 5);
        activeDays(LocalDate.of(2026, 11, 2), 4);
        activeDays(LocalDate.of(2026, 10, 26), 7);

        Streak streak = progress.streak();

        assertThat(streak.weeks()).as("two full weeks; the week under way does not break it").isEqualTo(2);
        assertThat(streak.welcomeBack()).isFalse();

        activeDays(LocalDate.of(2026, 11, 23), 5);
        assertThat(progress.streak().weeks()).as("five active days this week extend it").isEqualTo(3);
    }

    @Test
    void afterAGapAPersonIsWelcomedBack() {
        settings.rememberBrowser("Europe/Berlin", "en-GB");
        now(LocalDateTime.of(2026, 11, 25, 12, 0), BERLIN);
        activeDays(LocalDate.of(2026, 11, 2), 5);

        Streak streak = progress.streak();

        assertThat(streak.weeks()).isZero();
        assertThat(streak.welcomeBack()).isTrue();
    }

    @Test
    void lastWeeksGivesTwelveWeeksOldestFirstEndingWithTheCurrentOne() {
        settings.rememberBrowser("Europe/Berlin", "en-GB");
        now(LocalDateTime.of(2026, 11, 25, 12, 0), BERLIN);

        assertThat(progress.lastWeeks(12)).hasSize(12).first().extracting(WeekSummary::weekStart)
                .isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(progress.lastWeeks(12).getLast().weekStart()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    private void activeDays(LocalDate monday, int days) {
        for (int day = 0; day < days; day++) {
            workout(monday.plusDays(day).atTime(8, 0), BERLIN, 10);
        }
    }

    private void workout(LocalDateTime start, ZoneId zone, int minutes) {
        TestHistory.workout(jdbc, anna.id(), at(start, zone), Duration.ofMinutes(minutes), 3, "COMPLETED");
    }

    private void now(LocalDateTime local, ZoneId zone) {
        clock.set(at(local, zone));
    }

    private static Instant at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }
}

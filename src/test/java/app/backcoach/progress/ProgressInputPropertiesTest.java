package app.backcoach.progress;

import app.backcoach.BackCoachTest;
import app.backcoach.BrowserValues;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestSafety;
import app.backcoach.care.CareService;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.PlannedExercise;
import app.backcoach.engine.Side;
import app.backcoach.safety.DailyPain;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountService;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.StartedWorkout;
import app.backcoach.workout.WorkoutService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress, pain and care days under every time zone and language a browser may send: whatever zone the
 * settings accept, the days and weeks are counted in it, and the one workout of today (rated 4 before it)
 * counts on the person's own today.
 */
@BackCoachTest
class ProgressInputPropertiesTest {

    @Autowired
    UserSettingsService settings;
    @Autowired
    ProgressService progress;
    @Autowired
    PainService pain;
    @Autowired
    CareService care;
    @Autowired
    WorkoutService workouts;
    @Autowired
    SafetyService safety;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;

    private Instant workoutStart;

    @BeforeEach
    void makeOneWorkout() {
        SignedIn.as(TestAccounts.create(accounts, "progress-props"));
        safety.record(TestSafety.answers());
        StartedWorkout started = workouts.start("gentle-start", 4).orElseThrow();
        PlannedExercise first = started.plan().exercise(0);
        workoutStart = clock.instant();
        workouts.recordSet(started, new CompletedSet(first.slug(), first.name(), 1, 1,
                first.sided() ? Side.LEFT : Side.NONE, 1, first.reps(), first.holdSeconds(),
                List.of(first.holdSeconds() * 1000L), workoutStart, workoutStart.plusSeconds(first.holdSeconds())));
        workouts.finish(started.id(), false);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void everyZoneAndLanguageTheSettingsAcceptCountsTodaysWorkoutOnTheirToday() {
        qt().withExamples(40).forAll(BrowserValues.validZones(), BrowserValues.validTags()).checkAssert((zone, tag) -> {
            settings.rememberBrowser(zone, tag);
            LocalDate today = LocalDate.ofInstant(workoutStart, settings.preferences().zone());

            TodayStatus status = progress.today();
            assertThat(status.sessions()).isEqualTo(1);
            assertThat(status.thisWeek().sessions()).isEqualTo(1);
            assertThat(status.thisWeek().sets()).isEqualTo(1);
            assertThat(status.thisWeek().weekStart().getDayOfWeek())
                    .isEqualTo(settings.preferences().firstDayOfWeek());
            assertThat(progress.lastWeeks(4)).hasSize(4).last().isEqualTo(status.thisWeek());
            assertThat(progress.streak().weeks()).isEqualTo(status.thisWeek().activeDays() >= settings.preferences()
                    .weeklyGoalDays() ? 1 : 0);
            assertThat(pain.lastDays(7)).containsExactly(new DailyPain(today, 4.0, null));
            assertThat(care.today().packs()).isZero();
        });
    }
}

package app.backcoach.progress;

import app.backcoach.BrowserValues;
import app.backcoach.MutableClock;
import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.TestSafety;
import app.backcoach.care.CareService;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.PlannedExercise;
import app.backcoach.engine.Side;
import app.backcoach.safety.DailyPain;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.StartedWorkout;
import app.backcoach.workout.WorkoutService;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress, pain and care days under every time zone and language a browser may send: whatever zone the
 * settings accept, the days and weeks are counted in it, and the one workout of today (rated 4 before it)
 * counts on the person's own today.
 */
class ProgressInputPropertiesTest {

    private static AccountPrincipal person;
    private static Instant workoutStart;

    private final UserSettingsService settings = PropertyContext.bean(UserSettingsService.class);
    private final ProgressService progress = PropertyContext.bean(ProgressService.class);
    private final PainService pain = PropertyContext.bean(PainService.class);
    private final CareService care = PropertyContext.bean(CareService.class);

    @BeforeContainer
    static void makeOneWorkout() {
        person = PropertyContext.signInNew("progress-props");
        PropertyContext.bean(SafetyService.class).record(TestSafety.answers());
        WorkoutService workouts = PropertyContext.bean(WorkoutService.class);
        StartedWorkout started = workouts.start("gentle-start", 4).orElseThrow();
        PlannedExercise first = started.plan().exercise(0);
        workoutStart = PropertyContext.bean(MutableClock.class).instant();
        workouts.recordSet(started, new CompletedSet(first.slug(), first.name(), 1, 1,
                first.sided() ? Side.LEFT : Side.NONE, 1, first.reps(), first.holdSeconds(),
                List.of(first.holdSeconds() * 1000L), workoutStart, workoutStart.plusSeconds(first.holdSeconds())));
        workouts.finish(started.id(), false);
    }

    @BeforeTry
    void signIn() {
        SignedIn.as(person);
    }

    @AfterContainer
    static void signOut() {
        SignedIn.nobody();
    }

    @Property(tries = 40)
    void everyZoneAndLanguageTheSettingsAcceptCountsTodaysWorkoutOnTheirToday(@ForAll("zones") String zone,
                                                                             @ForAll("tags") String tag) {
        settings.rememberBrowser(zone, tag);
        LocalDate today = LocalDate.ofInstant(workoutStart, settings.preferences().zone());

        TodayStatus status = progress.today();
        assertThat(status.sessions()).isEqualTo(1);
        assertThat(status.thisWeek().sessions()).isEqualTo(1);
        assertThat(status.thisWeek().sets()).isEqualTo(1);
        assertThat(status.thisWeek().weekStart().getDayOfWeek()).isEqualTo(settings.preferences().firstDayOfWeek());
        assertThat(progress.lastWeeks(4)).hasSize(4).last().isEqualTo(status.thisWeek());
        assertThat(progress.streak().weeks()).isEqualTo(status.thisWeek().activeDays() >= settings.preferences()
                .weeklyGoalDays() ? 1 : 0);
        assertThat(pain.lastDays(7)).containsExactly(new DailyPain(today, 4.0, null));
        assertThat(care.today().packs()).isZero();
    }

    @Provide
    Arbitrary<String> zones() {
        return BrowserValues.validZones();
    }

    @Provide
    Arbitrary<String> tags() {
        return BrowserValues.validTags();
    }
}

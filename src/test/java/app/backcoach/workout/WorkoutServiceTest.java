package app.backcoach.workout;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import app.backcoach.TestSafety;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.PlannedExercise;
import app.backcoach.engine.Side;
import app.backcoach.history.HistoryService;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.Advice;
import app.backcoach.safety.Hurt;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.PainService;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class WorkoutServiceTest {

    @Autowired
    private HistoryService history;
    @Autowired
    WorkoutService workouts;
    @Autowired
    AccountService accounts;
    @Autowired
    SafetyService safety;
    @Autowired
    PainService pain;
    @Autowired
    RoutineService routines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private AccountPrincipal anna;

    @BeforeEach
    void signIn() {
        anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
        safety.record(TestSafety.answers());
    }

    @Test
    void noWorkoutStartsWhileTheSafetyCheckStandsInTheWay() {
        SignedIn.as(TestAccounts.create(accounts, "carl"));
        assertThatThrownBy(() -> workouts.start("quick-relief")).isInstanceOf(IllegalStateException.class);
        safety.record(TestSafety.answers(RedFlag.BOTH_LEGS));
        assertThatThrownBy(() -> workouts.start("quick-relief")).isInstanceOf(IllegalStateException.class);
        assertThat(workouts.start("no-such-routine")).as("an unknown routine is still just not found").isEmpty();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void startingRecordsARunningWorkoutOwnedByThePerson() {
        StartedWorkout started = workouts.start("quick-relief").orElseThrow();

        Map<String, Object> row = jdbc.queryForMap("select * from workout where id = ?", started.id());
        assertThat(row).containsEntry("USER_ID", anna.id()).containsEntry("STATUS", "IN_PROGRESS")
                .containsEntry("ROUTINE_NAME", "Gentle start").containsEntry("SETS_PLANNED", 2 + 4);
        assertThat(started.plan().exercises()).hasSize(2);
    }

    @Test
    void aFinishedSetIsInTheDatabaseAtOnce() {
        StartedWorkout started = workouts.start("quick-relief").orElseThrow();

        workouts.recordSet(started, set("pelvic-tilt", Side.NONE, 10, 10));

        // read outside any transaction of the test: the set was committed
        Map<String, Object> row = jdbc.queryForMap("select * from workout_set where workout_id = ?", started.id());
        assertThat(row).containsEntry("USER_ID", anna.id()).containsEntry("EXERCISE_NAME", "Pelvic tilt")
                .containsEntry("REPS_DONE", 10).containsEntry("REPS_PLANNED", 10)
                .containsEntry("HOLD_SECONDS_PLANNED", 5).containsEntry("SIDE", "NONE");
        assertThat(workouts.setsOf(started.id())).singleElement().satisfies(stored -> {
            assertThat(stored.measuredHoldMillis()).hasSize(10).allSatisfy(ms -> assertThat(ms).isEqualTo(5_010L));
            assertThat(stored.startedAt()).isBefore(stored.endedAt());
        });
    }

    @Test
    void anotherPersonCannotReadOrAddToTheWorkout() {
        StartedWorkout annas = workouts.start("quick-relief").orElseThrow();
        workouts.recordSet(annas, set("pelvic-tilt", Side.NONE, 10, 10));
        SignedIn.as(TestAccounts.create(accounts, "bert"));
        safety.record(TestSafety.answers());

        assertThat(workouts.setsOf(annas.id())).isEmpty();
        assertThat(statusOf(annas.id())).isEmpty();
        assertThatThrownBy(() -> workouts.recordSet(annas, set("pelvic-tilt", Side.NONE, 3, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        workouts.finish(annas.id(), true);

        assertThat(jdbc.queryForObject("select count(*) from workout_set where workout_id = ?", Integer.class,
                annas.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from workout where id = ?", String.class, annas.id()))
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void finishingMarksTheWorkoutCompleteOrPartial() {
        StartedWorkout first = workouts.start("quick-relief").orElseThrow();
        workouts.finish(first.id(), true);
        StartedWorkout second = workouts.start("quick-relief").orElseThrow();
        workouts.finish(second.id(), false);

        assertThat(statusOf(first.id())).contains("COMPLETED");
        assertThat(statusOf(second.id())).contains("PARTIAL");
        assertThatThrownBy(() -> workouts.recordSet(first, set("pelvic-tilt", Side.NONE, 1, 10)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startingAnotherWorkoutEndsTheOneLeftRunningAsPartial() {
        StartedWorkout left = workouts.start("quick-relief").orElseThrow();

        workouts.start("extension").orElseThrow();

        assertThat(statusOf(left.id())).contains("PARTIAL");
    }

    @Test
    void aWorkoutWhosePageWentAwayEndsAsPartialWithoutARequest() {
        StartedWorkout started = workouts.start("quick-relief").orElseThrow();
        SignedIn.nobody();

        workouts.abandon(started);

        SignedIn.as(anna);
        assertThat(statusOf(started.id())).contains("PARTIAL");
    }

    @Test
    void aWorkoutLeftRunningEndsAsPartialAtItsLastSavedSetAfterTwoHoursWithoutASignOfLife() {
        StartedWorkout started = workouts.start("quick-relief").orElseThrow();
        CompletedSet last = set("pelvic-tilt", Side.NONE, 10, 10);
        workouts.recordSet(started, last);

        clock.advance(WorkoutService.RESUME_WITHIN.minusMinutes(2));
        workouts.endStaleWorkouts();
        assertThat(statusOf(started.id())).as("still within the time to resume").contains("IN_PROGRESS");

        clock.advance(Duration.ofMinutes(2));
        workouts.endStaleWorkouts();
        assertThat(statusOf(started.id())).contains("PARTIAL");
        assertThat(jdbc.queryForObject("select ended_at from workout where id = ?", java.time.OffsetDateTime.class,
                started.id()).toInstant()).isEqualTo(last.endedAt());
    }

    @Test
    void aWorkoutWithARecentSetIsNotEndedByTheCheckForLeftWorkouts() {
        StartedWorkout started = workouts.start("quick-relief").orElseThrow();
        clock.advance(WorkoutService.RESUME_WITHIN.plusMinutes(30));
        workouts.recordSet(started, set("pelvic-tilt", Side.NONE, 10, 10));

        workouts.endStaleWorkouts();

        assertThat(statusOf(started.id())).as("a long workout that still saves sets").contains("IN_PROGRESS");
    }

    @Test
    void routinesThePersonMayNotRunCannotBeStarted() {
        AccountPrincipal bert = TestAccounts.create(accounts, "bert");
        long bertsRoutine = TestRoutines.create(jdbc, bert.id(), "Bert's", "pelvic-tilt", 2, 2, 1, 0);

        assertThat(workouts.start(String.valueOf(bertsRoutine))).isEmpty();
        assertThat(workouts.start("no-such-routine")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from workout where user_id = ?", Integer.class, anna.id()))
                .isZero();
    }

    private CompletedSet set(String slug, Side side, int done, int planned) {
        clock.advance(Duration.ofMinutes(1));
        return new CompletedSet(slug, nameOf(slug), 1, 1, side, done, planned, 5, List.of(java.util.Collections.nCopies(done, 5_010L)
                .toArray(Long[]::new)), clock.instant().minusSeconds(50), clock.instant());
    }

    @Test
    void spreadingLegSymptomsLeaveThePressUpsOutOfEveryRoutineUntilTheySettleAndALaterSameDoesNotClearIt() {
        StartedWorkout first = workouts.start("full-routine").orElseThrow();
        assertThat(slugs(first)).contains("prone-press-up");
        workouts.recordLegSymptoms(first.id(), LegSymptoms.SPREADING);

        StartedWorkout second = workouts.start("full-routine").orElseThrow();
        assertThat(slugs(second)).doesNotContain("prone-press-up").contains("pelvic-tilt");
        workouts.recordLegSymptoms(second.id(), LegSymptoms.SAME);
        assertThat(pain.pressUpsPaused()).as("a later 'the same' keeps the flag").isTrue();
        assertThat(pain.currentAdvice()).extracting(Advice::kind).contains(Advice.Kind.SPREADING);

        pain.legsSettled();
        assertThat(slugs(workouts.start("full-routine").orElseThrow())).contains("prone-press-up");
    }

    @Test
    void aRoutineOfPressUpsAloneCannotStartWhileTheyAreLeftOut() {
        pain.flagSpreading();
        RoutineInfo extension = workouts.forToday(routines.findByKey("extension").orElseThrow());
        assertThat(extension.items()).extracting(item -> item.exercise().slug()).containsExactly("pelvic-tilt");
    }

    @Test
    void thisHurtsIsSavedWithTheWorkoutAndSaysStopForToday() {
        StartedWorkout started = workouts.start("quick-relief").orElseThrow();
        assertThat(pain.currentAdvice()).isEmpty();
        workouts.reportHurt(started.id(), "pelvic-tilt", Hurt.SHARP);
        assertThat(pain.currentAdvice()).extracting(Advice::kind).containsExactly(Advice.Kind.STOP_FOR_TODAY);
        assertThat(pain.pressUpsPaused()).isFalse();

        workouts.reportHurt(started.id(), "knee-to-chest", Hurt.SPREADING);
        assertThat(pain.pressUpsPaused()).as("spreading down a leg raises the flag").isTrue();

        SignedIn.as(TestAccounts.create(accounts, "bert"));
        assertThatThrownBy(() -> workouts.reportHurt(started.id(), "pelvic-tilt", Hurt.OTHER))
                .as("nobody reports on someone else's workout").isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> slugs(StartedWorkout started) {
        return started.plan().exercises().stream().map(PlannedExercise::slug).toList();
    }

    /** "pelvic-tilt" is shown as "Pelvic tilt". */
    private static String nameOf(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A workout's status as the person's history shows it; empty for someone else's. */
    private Optional<String> statusOf(long workoutId) {
        return history.detail(workoutId).map(detail -> detail.entry().status());
    }
}

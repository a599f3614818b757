package app.backcoach.workout;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestSafety;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.RecordedSet;
import app.backcoach.engine.ResumePoint;
import app.backcoach.engine.Side;
import app.backcoach.history.HistoryService;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A workout left without its end goes on where it stopped, as one workout; a repeated set report is stored once. */
@BackCoachTest
class ResumeWorkoutTest {

    @Autowired
    WorkoutService workouts;
    @Autowired
    HistoryService history;
    @Autowired
    RoutineService routines;
    @Autowired
    AccountService accounts;
    @Autowired
    SafetyService safety;
    @Autowired
    MutableClock clock;

    private RoutineInfo gentle;

    @BeforeEach
    void signIn() {
        SignedIn.as(TestAccounts.create(accounts, "rosa"));
        safety.record(TestSafety.answers());
        gentle = workouts.forToday(routines.findByKey("gentle-start").orElseThrow());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aWorkoutLeftWithoutItsEndIsOfferedAtItsFirstSetNotRecorded() {
        StartedWorkout started = workouts.start("gentle-start").orElseThrow();
        workouts.recordSet(started, tilt(1));
        workouts.abandon(started);

        assertThat(workouts.resumable(gentle)).hasValueSatisfying(offer -> {
            assertThat(offer.workoutId()).isEqualTo(started.id());
            assertThat(offer.point()).isEqualTo(new ResumePoint(1, 2, 2, 2));
        });
        assertThat(history.count()).isEqualTo(1);
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("PARTIAL");
    }

    @Test
    void resumingRunsTheSameWorkoutAgainFromItsRecordedSets() {
        StartedWorkout started = workouts.start("gentle-start").orElseThrow();
        workouts.recordSet(started, tilt(1));
        workouts.abandon(started);
        clock.advance(Duration.ofMinutes(90));

        ResumedWorkout resumed = workouts.resume(started.id(), "gentle-start").orElseThrow();

        assertThat(resumed.started().id()).isEqualTo(started.id());
        assertThat(resumed.recorded()).containsExactly(new RecordedSet("pelvic-tilt", 1, Side.NONE));
        workouts.recordSet(resumed.started(), tilt(2));
        workouts.finish(resumed.started().id(), true);
        assertThat(history.count()).as("still one workout").isEqualTo(1);
        assertThat(history.detail(started.id()).orElseThrow().sets()).hasSize(2);
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("COMPLETED");
        assertThat(workouts.resumable(gentle)).as("a finished workout is not offered again").isEmpty();
    }

    @Test
    void afterTwoHoursItStaysPartialAndIsNoLongerOffered() {
        StartedWorkout started = workouts.start("gentle-start").orElseThrow();
        workouts.recordSet(started, tilt(1));
        workouts.abandon(started);
        clock.advance(WorkoutService.RESUME_WITHIN.plusMinutes(1));

        assertThat(workouts.resumable(gentle)).isEmpty();
        assertThat(workouts.resume(started.id(), "gentle-start")).isEmpty();
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("PARTIAL");
    }

    @Test
    void onlyTheLastWorkoutOfTheSameRoutineIsOfferedAndOnlyWhenItWasLeft() {
        StartedWorkout left = workouts.start("gentle-start").orElseThrow();
        workouts.recordSet(left, tilt(1));
        workouts.abandon(left);
        assertThat(workouts.resumable(workouts.forToday(routines.findByKey("extension").orElseThrow())))
                .as("another routine").isEmpty();

        StartedWorkout finishedEarly = workouts.start("gentle-start").orElseThrow();
        workouts.recordSet(finishedEarly, tilt(1));
        workouts.finish(finishedEarly.id(), false);
        assertThat(workouts.resumable(gentle)).as("ended by the person, not left").isEmpty();
        assertThat(workouts.resume(left.id(), "gentle-start")).as("no longer the last workout").isEmpty();
    }

    @Test
    void someoneElsesWorkoutIsNeitherOfferedNorResumed() {
        StartedWorkout left = workouts.start("gentle-start").orElseThrow();
        workouts.recordSet(left, tilt(1));
        workouts.abandon(left);

        SignedIn.as(TestAccounts.create(accounts, "sam"));
        safety.record(TestSafety.answers());
        assertThat(workouts.resumable(gentle)).isEmpty();
        assertThat(workouts.resume(left.id(), "gentle-start")).isEmpty();
    }

    @Test
    void aPageLeftOnTheEarlierAttemptCanNeitherEndNorAddToTheResumedWorkout() {
        StartedWorkout first = workouts.start("gentle-start").orElseThrow();
        workouts.recordSet(first, tilt(1));
        // its page vanished without a word: the workout is still marked running, and is offered
        assertThat(workouts.resumable(gentle)).isPresent();

        ResumedWorkout resumed = workouts.resume(first.id(), "gentle-start").orElseThrow();
        workouts.abandon(first);

        assertThatThrownBy(() -> workouts.recordSet(first, tilt(2))).isInstanceOf(IllegalStateException.class);
        workouts.recordSet(resumed.started(), tilt(2));
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("IN_PROGRESS");
        assertThat(history.page(0, 1).getFirst().setsDone()).isEqualTo(2);
    }

    @Test
    void aSetReportedTwiceIsStoredOnce() {
        StartedWorkout started = workouts.start("gentle-start").orElseThrow();
        CompletedSet first = tilt(1);

        workouts.recordSet(started, first);
        workouts.recordSet(started, first);

        assertThat(workouts.setsOf(started.id())).containsExactly(first);
    }

    private CompletedSet tilt(int setNumber) {
        var now = clock.instant();
        return new CompletedSet("pelvic-tilt", "Pelvic tilt", 1, setNumber, Side.NONE, 10, 10, 5,
                List.copyOf(Collections.nCopies(10, 5_000L)), now.minusSeconds(60), now);
    }
}

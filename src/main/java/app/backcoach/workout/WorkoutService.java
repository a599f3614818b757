package app.backcoach.workout;

import app.backcoach.engine.CompletedSet;
import app.backcoach.exercise.Movement;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.routine.WorkoutPlans;
import app.backcoach.safety.Hurt;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.Pain;
import app.backcoach.safety.PainRules;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Records workouts as they happen: the workout row when it starts, each set the moment it ends (one
 * transaction per set, so a closed tab or a crash loses at most the set in progress), and how it ended.
 */
@Service
public class WorkoutService {

    private static final Logger log = LoggerFactory.getLogger(WorkoutService.class);

    private final WorkoutRepository workouts;
    private final WorkoutSetRepository sets;
    private final RoutineService routines;
    private final HurtReportRepository hurts;
    private final SafetyService safety;
    private final PainService pain;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkoutService(WorkoutRepository workouts, WorkoutSetRepository sets, RoutineService routines,
                   HurtReportRepository hurts, SafetyService safety, PainService pain, CurrentUser currentUser,
                   Clock clock) {
        this.hurts = hurts;
        this.safety = safety;
        this.pain = pain;
        this.workouts = workouts;
        this.sets = sets;
        this.routines = routines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts a workout of the routine with this URL key; empty if the person may not run such a routine.
     * Fails while the person's red-flag check does not allow a workout.
     */
    @Transactional
    public Optional<StartedWorkout> start(String routineKey) {
        return start(routineKey, null);
    }

    /**
     * Starts a workout of the routine with this URL key, with the pain rated just before it (0-10, or
     * {@code null} when not rated); empty if the person may not run such a routine.
     */
    @Transactional
    public Optional<StartedWorkout> start(String routineKey, Integer painBefore) {
        Pain.requireValid(painBefore);
        Optional<RoutineInfo> routine = routines.findByKey(routineKey);
        if (routine.isPresent() && !safety.status().mayExercise()) {
            // the workout page shows the way to the check instead of Start; this is the last line of defence
            throw new SafetyCheckRequiredException();
        }
        return routine.map(this::forToday).filter(found -> !found.items().isEmpty())
                .map(found -> start(found, painBefore));
    }

    /**
     * The routine as it runs today: while the person's leg symptoms are spreading, without the press-ups (the
     * workout page says so). Empty of items when nothing else is left.
     */
    @Transactional(readOnly = true)
    public RoutineInfo forToday(RoutineInfo routine) {
        return pain.pressUpsPaused() ? routine.without(Movement.EXTENSION) : routine;
    }

    private StartedWorkout start(RoutineInfo routine, Integer painBefore) {
        long userId = currentUser.id();
        workouts.endRunningWorkoutsOf(userId, clock.instant());
        Workout workout = workouts.save(new Workout(userId, routine.id(), routine.name(), clock.instant(),
                routine.recordedSets(), painBefore));
        return new StartedWorkout(workout.getId(), userId, routine, WorkoutPlans.of(routine));
    }

    /** Stores a finished set of the person's running workout, in a transaction of its own. */
    @Transactional
    public void recordSet(StartedWorkout started, CompletedSet done) {
        long userId = currentUser.id();
        Workout workout = workouts.findByIdAndUserId(started.id(), userId)
                .orElseThrow(() -> new IllegalArgumentException("no such workout"));
        if (workout.getStatus() != WorkoutStatus.IN_PROGRESS) {
            throw new IllegalStateException("workout " + started.id() + " has ended");
        }
        sets.save(new WorkoutSet(started.id(), userId, done));
    }

    /** Ends the person's workout: complete when it ran to the end, partial when it stopped before. */
    @Transactional
    public void finish(long workoutId, boolean complete) {
        workouts.findByIdAndUserId(workoutId, currentUser.id())
                .filter(workout -> workout.getStatus() == WorkoutStatus.IN_PROGRESS)
                .ifPresent(workout -> workout.end(complete ? WorkoutStatus.COMPLETED : WorkoutStatus.PARTIAL,
                        clock.instant()));
    }

    /** Stores the pain rated after one of the person's workouts (0-10), or removes it ({@code null}). */
    @Transactional
    public void ratePainAfter(long workoutId, Integer rating) {
        Pain.requireValid(rating);
        own(workoutId).ratePainAfter(rating);
    }

    /** Stores how leg symptoms compare with before, after the extension exercises of one of the person's workouts. */
    @Transactional
    public void recordLegSymptoms(long workoutId, LegSymptoms legSymptoms) {
        own(workoutId).setLegSymptoms(legSymptoms);
        if (PainRules.raisesSpreadingFlag(legSymptoms)) {
            pain.flagSpreading();
        }
    }

    /**
     * The person pressed "This hurts" during an exercise of their workout and said what happened. Saved with
     * the workout; it stops exercise for today, and pain spreading down a leg also leaves the press-ups out.
     */
    @Transactional
    public void reportHurt(long workoutId, String exerciseSlug, Hurt what) {
        Workout workout = own(workoutId);
        hurts.save(new HurtReport(workout.getId(), currentUser.id(), exerciseSlug, what, clock.instant()));
        if (PainRules.raisesSpreadingFlag(what)) {
            pain.flagSpreading();
        }
    }

    private Workout own(long workoutId) {
        return workouts.findByIdAndUserId(workoutId, currentUser.id())
                .orElseThrow(() -> new IllegalArgumentException("no such workout"));
    }

    /**
     * Ends a workout whose page went away without finishing it (tab closed, connection lost): partial. Runs
     * outside any request, so it takes the owner from the started workout, which only this service makes.
     */
    @Transactional
    public void abandon(StartedWorkout started) {
        workouts.findByIdAndUserId(started.id(), started.userId())
                .filter(workout -> workout.getStatus() == WorkoutStatus.IN_PROGRESS)
                .ifPresent(workout -> workout.end(WorkoutStatus.PARTIAL, clock.instant()));
    }

    /** The stored sets of one of the person's workouts, in the order they were done. */
    @Transactional(readOnly = true)
    public List<CompletedSet> setsOf(long workoutId) {
        return sets.findByWorkoutIdAndUserIdOrderByStartedAtAscIdAsc(workoutId, currentUser.id()).stream()
                .map(WorkoutSet::done).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void endWorkoutsInterruptedByARestart() {
        int ended = workouts.endAllRunningWorkouts();
        if (ended > 0) {
            log.info("Marked {} workout(s) interrupted by a restart as partial", ended);
        }
    }
}

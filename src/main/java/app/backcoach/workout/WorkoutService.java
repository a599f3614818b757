package app.backcoach.workout;

import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.RecordedSet;
import app.backcoach.engine.WorkoutSession;
import app.backcoach.exercise.ExerciseService;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records workouts as they happen: the workout row when it starts, each set the moment it ends (one
 * transaction per set, so a closed tab or a crash loses at most the set in progress), and how it ended.
 */
@Service
public class WorkoutService {

    /** How long a workout left without its end may be resumed; after that it stays partial. */
    public static final Duration RESUME_WITHIN = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(WorkoutService.class);

    private final WorkoutRepository workouts;
    private final WorkoutSetRepository sets;
    private final RoutineService routines;
    private final HurtReportRepository hurts;
    private final SafetyService safety;
    private final PainService pain;
    private final ExerciseService exercises;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkoutService(WorkoutRepository workouts, WorkoutSetRepository sets, RoutineService routines,
                   HurtReportRepository hurts, SafetyService safety, PainService pain, ExerciseService exercises,
                   CurrentUser currentUser, Clock clock) {
        this.hurts = hurts;
        this.exercises = exercises;
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
        if (workout.getStatus() != WorkoutStatus.IN_PROGRESS || workout.getAttempt() != started.attempt()) {
            throw new IllegalStateException("workout " + started.id() + " has ended, or goes on in another page");
        }
        // a report repeated (a reconnect, a double press) finds its set stored already: stored once
        if (!sets.existsByWorkoutIdAndExercisePositionAndSetNumberAndSide(started.id(), done.exercisePosition(),
                done.setNumber(), done.side())) {
            sets.save(new WorkoutSet(started.id(), userId, done));
        }
    }

    /**
     * The person's last workout, if it is of this routine, was left without its end (page closed, server
     * stopped) less than {@link #RESUME_WITHIN} ago and has sets still to do: where it would go on.
     */
    @Transactional(readOnly = true)
    public Optional<ResumeOffer> resumable(RoutineInfo routine) {
        return workouts.findFirstByUserIdOrderByStartedAtDescIdDesc(currentUser.id())
                .filter(workout -> isOf(workout, routine))
                .flatMap(workout -> {
                    List<CompletedSet> done = storedSets(workout);
                    // with nothing recorded yet there is nothing to go on from: Start is the same
                    if (done.isEmpty() || !leftWithinResumeTime(workout, done)) {
                        return Optional.empty();
                    }
                    return WorkoutSession.resumePoint(WorkoutPlans.of(routine), recorded(done))
                            .map(point -> new ResumeOffer(workout.getId(), point));
                });
    }

    /**
     * Goes on with a workout that {@link #resumable} offered: it runs again as the same workout, and the
     * engine starts at its first set not yet recorded. Empty when it can no longer be resumed.
     */
    @Transactional
    public Optional<ResumedWorkout> resume(long workoutId, String routineKey) {
        Optional<RoutineInfo> routine = routines.findByKey(routineKey).map(this::forToday);
        if (routine.isPresent() && !safety.status().mayExercise()) {
            throw new SafetyCheckRequiredException();
        }
        long userId = currentUser.id();
        return routine.flatMap(found -> workouts.findFirstByUserIdOrderByStartedAtDescIdDesc(userId)
                .filter(workout -> workout.getId() == workoutId && isOf(workout, found))
                .flatMap(workout -> {
                    List<CompletedSet> done = storedSets(workout);
                    if (!leftWithinResumeTime(workout, done)) {
                        return Optional.empty();
                    }
                    workout.resume();
                    return Optional.of(new ResumedWorkout(new StartedWorkout(workout.getId(), userId, found,
                            WorkoutPlans.of(found), workout.getAttempt()), recorded(done)));
                }));
    }

    private static boolean isOf(Workout workout, RoutineInfo routine) {
        return workout.getRoutineId() != null && workout.getRoutineId() == routine.id();
    }

    /**
     * Left without its end: marked interrupted (its page went away, the server stopped), or still marked running
     * while the person opens the routine again (a page can vanish without a word: a phone's browser killed in
     * the background). Resumable for {@link #RESUME_WITHIN} from its last sign of life.
     */
    private boolean leftWithinResumeTime(Workout workout, List<CompletedSet> done) {
        Instant since = clock.instant().minus(RESUME_WITHIN);
        if (workout.getStatus() == WorkoutStatus.IN_PROGRESS) {
            Instant lastSignOfLife = done.stream().map(CompletedSet::endedAt).max(Instant::compareTo)
                    .orElse(workout.getStartedAt());
            return lastSignOfLife.isAfter(since);
        }
        return workout.isInterrupted() && workout.getEndedAt() != null && workout.getEndedAt().isAfter(since);
    }

    private List<CompletedSet> storedSets(Workout workout) {
        return sets.findByWorkoutIdAndUserIdOrderByStartedAtAscIdAsc(workout.getId(), workout.getUserId()).stream()
                .map(WorkoutSet::done).toList();
    }

    private static List<RecordedSet> recorded(List<CompletedSet> done) {
        return done.stream().map(CompletedSet::recorded).toList();
    }

    /**
     * Whether every set the person's workout planned has its row (a set ended early with some of its reps counts):
     * a workout that reached its end by skipping is not complete.
     */
    @Transactional(readOnly = true)
    public boolean everySetRecorded(long workoutId) {
        Workout workout = own(workoutId);
        return sets.countByWorkoutIdAndUserId(workoutId, workout.getUserId()) >= workout.getSetsPlanned();
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
     * A report that names no exercise of the catalogue, or says nothing of what happened, is refused.
     */
    @Transactional
    public void reportHurt(long workoutId, String exerciseSlug, Hurt what) {
        if (what == null || exercises.findBySlug(exerciseSlug).isEmpty()) {
            throw new IllegalArgumentException("a hurt report names an exercise and what happened");
        }
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
                .filter(workout -> workout.getAttempt() == started.attempt())
                .ifPresent(workout -> workout.interrupt(clock.instant()));
    }

    /** The stored sets of one of the person's workouts, in the order they were done. */
    @Transactional(readOnly = true)
    public List<CompletedSet> setsOf(long workoutId) {
        return sets.findByWorkoutIdAndUserIdOrderByStartedAtAscIdAsc(workoutId, currentUser.id()).stream()
                .map(WorkoutSet::done).toList();
    }

    /**
     * Ends as partial every workout left running without a sign of life for {@link #RESUME_WITHIN} (its page
     * closed, its node lost, the server restarted): until then it can be resumed. Run by
     * {@link StaleWorkoutsJob}; not at a node's start: with two nodes, the other one's workouts still run.
     */
    @Transactional
    public void endStaleWorkouts() {
        int ended = workouts.endRunningWorkoutsQuietSince(clock.instant().minus(RESUME_WITHIN));
        if (ended > 0) {
            log.info("Marked {} workout(s) left running for {} as partial", ended, RESUME_WITHIN);
        }
    }
}

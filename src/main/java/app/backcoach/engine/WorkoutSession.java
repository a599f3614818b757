package app.backcoach.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Server-side source of truth for one workout run. The browser counts down each timed phase and reports
 * its end; this class checks the report against its own {@link Clock} and walks the step list built by
 * {@link StepListBuilder}. Not thread-safe: callers serialise access per session.
 */
public final class WorkoutSession {

    private final WorkoutPlan plan;
    private final List<Step> steps;
    private final WorkoutClock timer;
    private final SetRecorder recorder = new SetRecorder();
    private boolean started;
    private int index;

    public WorkoutSession(WorkoutPlan plan, Clock clock) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.timer = new WorkoutClock(Objects.requireNonNull(clock, "clock"));
        this.steps = StepListBuilder.build(plan);
    }

    /** Total planned time of every phase of the plan, excluding pauses. */
    public static Duration estimatedDuration(WorkoutPlan plan) {
        return StepListBuilder.build(Objects.requireNonNull(plan, "plan")).stream()
                .map(Step::duration)
                .reduce(Duration.ZERO, Duration::plus);
    }

    public void start() {
        if (started) {
            throw new IllegalStateException("the workout has already been started");
        }
        started = true;
        index = 0;
        timer.startWorkout();
    }

    /**
     * Starts a workout that was left unfinished at the first set part not yet recorded, in the waiting phase
     * that leads into it (its get-ready, rest or relax), so that the person has a moment to get into position.
     * Recorded parts are matched to the plan in order, so an exercise that appears twice is told apart.
     * Returns false, and starts nothing, when every part is recorded already.
     */
    public boolean resume(List<RecordedSet> recorded) {
        if (started) {
            throw new IllegalStateException("the workout has already been started");
        }
        int hold = firstUnrecordedHold(recorded);
        if (hold < 0) {
            return false;
        }
        started = true;
        index = hold > 0 && !steps.get(hold - 1).isHold() ? hold - 1 : hold;
        timer.startWorkout();
        return true;
    }

    /** Where {@link #resume} would go on, or empty when every set part of the plan is recorded. */
    public static Optional<ResumePoint> resumePoint(WorkoutPlan plan, List<RecordedSet> recorded) {
        WorkoutSession probe = new WorkoutSession(plan, Clock.systemUTC());
        int hold = probe.firstUnrecordedHold(recorded);
        if (hold < 0) {
            return Optional.empty();
        }
        Step step = probe.steps.get(hold);
        return Optional.of(new ResumePoint(step.exerciseIndex() + 1, plan.size(), step.setNumber(),
                plan.exercise(step.exerciseIndex()).sets()));
    }

    private int firstUnrecordedHold(List<RecordedSet> recorded) {
        List<RecordedSet> left = new ArrayList<>(recorded);
        Set<String> done = new HashSet<>();
        // walk the holds in order; each recorded part is used once, by the first part of the plan it matches
        for (int stepIndex = 0; stepIndex < steps.size(); stepIndex++) {
            Step step = steps.get(stepIndex);
            if (!step.isHold()) {
                continue;
            }
            String part = step.exerciseIndex() + "/" + step.setNumber() + "/" + step.side();
            if (done.contains(part)) {
                continue;
            }
            String slug = plan.exercise(step.exerciseIndex()).slug();
            Optional<RecordedSet> match = left.stream().filter(set -> set.exerciseSlug().equals(slug)
                    && set.setNumber() == step.setNumber() && set.side() == step.side()).findFirst();
            if (match.isEmpty()) {
                return stepIndex;
            }
            left.remove(match.get());
            done.add(part);
        }
        return -1;
    }

    public boolean isStarted() {
        return started;
    }

    public Snapshot snapshot() {
        requireStarted();
        Step step = current();
        PlannedExercise exercise = plan.exercise(step.exerciseIndex());
        return new Snapshot(step.phase(), timer.paused(), step.exerciseIndex(), plan.size(), exercise,
                step.setNumber(), exercise.sets(), step.repNumber(), exercise.reps(), step.side(),
                step.duration(), remaining(), upcoming(), recorder.holdsCounted(), recorder.emitted().size(),
                timer.workoutActive());
    }

    /** Every set emitted so far, in emission order. */
    public List<CompletedSet> completedSets() {
        requireStarted();
        return recorder.emitted();
    }

    /**
     * The browser's countdown for the current phase ran out after {@code browserElapsedMillis} of active
     * time. Accepted only if the server measured at least the phase duration minus the tolerance.
     */
    public PhaseResult phaseEnded(long browserElapsedMillis) {
        requireStarted();
        if (browserElapsedMillis < 0) {
            throw new IllegalArgumentException("browserElapsedMillis must not be negative");
        }
        if (isDone()) {
            return PhaseResult.rejected(PhaseResult.Outcome.FINISHED, Duration.ZERO);
        }
        if (timer.paused()) {
            return PhaseResult.rejected(PhaseResult.Outcome.PAUSED, remaining());
        }
        Duration measured = timer.phaseActive();
        if (measured.compareTo(current().duration().minus(PhaseDurations.TOLERANCE)) < 0) {
            return PhaseResult.rejected(PhaseResult.Outcome.TOO_EARLY, remaining());
        }
        if (current().isHold()) {
            // The browser may have a slightly faster clock, but it cannot claim more than really passed.
            long credited = Math.min(browserElapsedMillis, measured.plus(PhaseDurations.TOLERANCE).toMillis());
            recorder.recordHold(current(), plan.exercise(current().exerciseIndex()), credited,
                    timer.phaseStartedAt());
        }
        List<CompletedSet> completed = advance();
        // The browser began the next phase when this one ran out there, which the server hears of only now
        // (a busy network or server). Count that time towards the next phase, so that a late report does
        // not make the next one look too short; the server's own clock still bounds it.
        timer.backdatePhaseStart(measured.minusMillis(browserElapsedMillis));
        return PhaseResult.accepted(completed);
    }

    /** Ends the current phase without counting it. Returns sets closed by leaving it; no-op in DONE. */
    public List<CompletedSet> skip() {
        requireStarted();
        return isDone() ? List.of() : advance();
    }

    /**
     * Goes to the start of the hold before the current rep. Waiting phases belong to the hold they lead
     * into, so in RELAX/REST/SWITCH_SIDES/NEXT_EXERCISE/GET_READY "back" redoes the hold just finished.
     * With no earlier hold it restarts the current phase. No-op (false) in DONE.
     */
    public boolean back() {
        requireStarted();
        if (isDone()) {
            return false;
        }
        int previousHold = previousHoldIndex(upcomingHoldIndex());
        enter(previousHold < 0 ? index : previousHold);
        return true;
    }

    /**
     * Leaves the current exercise (e.g. it hurt): its open set part with counted reps is emitted (partially),
     * and the workout goes on with the next exercise, or ends after the last. No-op in DONE.
     */
    public List<CompletedSet> skipExercise() {
        requireStarted();
        if (isDone()) {
            return List.of();
        }
        int exercise = current().exerciseIndex();
        List<CompletedSet> closed = recorder.closeAll(timer.now());
        int next = index;
        while (next < steps.size() - 1 && steps.get(next).exerciseIndex() == exercise) {
            next++;
        }
        if (timer.paused()) {
            timer.resume();
        }
        enter(next);
        return closed;
    }

    /** Ends the workout now; any open set part with counted reps is emitted (partially). */
    public List<CompletedSet> finishEarly() {
        requireStarted();
        if (isDone()) {
            return List.of();
        }
        List<CompletedSet> closed = recorder.closeAll(timer.now());
        enter(steps.size() - 1);
        return closed;
    }

    /** Freezes the current phase. Returns false if already paused or DONE. */
    public boolean pause() {
        requireStarted();
        if (timer.paused() || isDone()) {
            return false;
        }
        timer.pause();
        return true;
    }

    /** Continues the same phase with the remaining time it had at pause. Returns false if not paused. */
    public boolean resume() {
        requireStarted();
        if (!timer.paused()) {
            return false;
        }
        timer.resume();
        return true;
    }

    private List<CompletedSet> advance() {
        List<CompletedSet> closed = recorder.closeAfter(current(), timer.now());
        enter(index + 1);
        return closed;
    }

    private void enter(int stepIndex) {
        index = stepIndex;
        if (isDone()) {
            timer.stop();
        } else {
            timer.startPhase();
        }
    }

    private int upcomingHoldIndex() {
        int candidate = index;
        while (!steps.get(candidate).isHold()) {
            candidate++;
        }
        return candidate;
    }

    private int previousHoldIndex(int from) {
        for (int candidate = from - 1; candidate >= 0; candidate--) {
            if (steps.get(candidate).isHold()) {
                return candidate;
            }
        }
        return -1;
    }

    private Duration remaining() {
        Duration left = current().duration().minus(timer.phaseActive());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Upcoming upcoming() {
        Step next = steps.get(Math.min(index + 1, steps.size() - 1));
        return new Upcoming(next.phase(), next.exerciseIndex(), plan.exercise(next.exerciseIndex()).name(),
                next.setNumber(), next.repNumber(), next.side(), next.duration());
    }

    private Step current() {
        return steps.get(index);
    }

    private boolean isDone() {
        return current().phase() == Phase.DONE;
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("the workout has not been started");
        }
    }
}

package app.backcoach.workout.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Measures active (unpaused) time of the current phase and of the whole workout. A phase entered while
 * paused starts frozen: its clock only begins to run on resume.
 */
final class PhaseTimer {

    private final Clock clock;
    private Instant workoutStart;
    private Duration workoutPaused = Duration.ZERO;
    private Instant workoutStoppedAt;
    private Instant phaseStart;
    private Duration phasePaused = Duration.ZERO;
    private Instant pausedAt;
    private Instant phasePausedAt;

    PhaseTimer(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void startWorkout() {
        workoutStart = now();
        startPhase();
    }

    void startPhase() {
        phaseStart = now();
        phasePaused = Duration.ZERO;
        phasePausedAt = pausedAt == null ? null : phaseStart;
    }

    /**
     * Moves the start of the running phase back by {@code elapsed}, never before the previous phase ended
     * on this clock: for a phase the browser began earlier than the server heard of it.
     */
    void backdatePhaseStart(Duration elapsed) {
        if (pausedAt == null && elapsed.isPositive()) {
            phaseStart = phaseStart.minus(elapsed);
        }
    }

    Instant phaseStartedAt() {
        return phaseStart;
    }

    boolean paused() {
        return pausedAt != null;
    }

    void pause() {
        pausedAt = now();
        phasePausedAt = pausedAt;
    }

    void resume() {
        Instant now = now();
        workoutPaused = workoutPaused.plus(nonNegative(Duration.between(pausedAt, now)));
        phasePaused = phasePaused.plus(nonNegative(Duration.between(phasePausedAt, now)));
        pausedAt = null;
        phasePausedAt = null;
    }

    /** Freezes the workout clock for good (DONE). */
    void stop() {
        // Earlier pauses are already in workoutPaused; a pause still running simply ends the clock.
        workoutStoppedAt = paused() ? pausedAt : now();
        pausedAt = null;
        startPhase();
    }

    Duration phaseActive() {
        Instant end = phasePausedAt != null ? phasePausedAt : now();
        return nonNegative(Duration.between(phaseStart, end).minus(phasePaused));
    }

    Duration workoutActive() {
        Instant end = workoutStoppedAt != null ? workoutStoppedAt : pausedAt != null ? pausedAt : now();
        return nonNegative(Duration.between(workoutStart, end).minus(workoutPaused));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}

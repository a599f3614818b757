package app.backcoach.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The active time of the whole workout and of its current phase: two {@link PausableClock}s paused and
 * resumed together. A phase entered while paused starts frozen: its clock only begins to run on resume.
 */
final class WorkoutClock {

    private final PausableClock workout;
    private final PausableClock phase;

    WorkoutClock(Clock clock) {
        workout = new PausableClock(clock);
        phase = new PausableClock(clock);
    }

    Instant now() {
        return workout.now();
    }

    void startWorkout() {
        workout.start();
        phase.start();
    }

    void startPhase() {
        phase.start();
    }

    /**
     * Moves the start of the running phase back by {@code elapsed}: for a phase the browser began earlier than
     * the server heard of it.
     */
    void backdatePhaseStart(Duration elapsed) {
        phase.backdate(elapsed);
    }

    Instant phaseStartedAt() {
        return phase.startedAt();
    }

    boolean paused() {
        return workout.paused();
    }

    void pause() {
        workout.pause();
        phase.pause();
    }

    void resume() {
        workout.resume();
        phase.resume();
    }

    /** Freezes the workout clock for good (DONE). */
    void stop() {
        workout.stop();
        phase.resume();
        phase.start();
    }

    Duration phaseActive() {
        return phase.active();
    }

    Duration workoutActive() {
        return workout.active();
    }
}

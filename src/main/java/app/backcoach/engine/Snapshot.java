package app.backcoach.engine;

import java.time.Duration;

/**
 * Read-only view of the session at one instant.
 *
 * @param exerciseIndex 0-based; set and rep numbers are 1-based. Waiting phases show the hold they lead
 *                      into (NEXT_EXERCISE therefore already shows the next exercise); DONE shows the
 *                      plan's last hold.
 * @param remaining     phase duration minus active (unpaused) time in the phase; frozen while paused,
 *                      never negative
 * @param holdsCounted  holds accepted so far (a redone hold counts again: it was physically done)
 * @param setsCompleted number of {@link CompletedSet}s emitted so far (sided sets count once per side)
 * @param elapsed       active workout time since start, excluding pauses, frozen at DONE
 */
public record Snapshot(
        Phase phase,
        boolean paused,
        int exerciseIndex,
        int exerciseCount,
        PlannedExercise exercise,
        int setNumber,
        int setsTotal,
        int repNumber,
        int repsTotal,
        Side side,
        Duration phaseDuration,
        Duration remaining,
        Upcoming next,
        int holdsCounted,
        int setsCompleted,
        Duration elapsed) {
}

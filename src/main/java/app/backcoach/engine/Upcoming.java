package app.backcoach.engine;

import java.time.Duration;

/**
 * What comes after the current phase, for a "Next:" line. In DONE and in the phase right before it, this
 * describes DONE itself, so it is never null.
 */
public record Upcoming(
        Phase phase, int exerciseIndex, String exerciseName, int setNumber, int repNumber, Side side,
        Duration duration) {
}

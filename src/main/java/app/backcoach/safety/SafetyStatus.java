package app.backcoach.safety;

import java.time.Instant;
import java.util.Set;

/**
 * Where a person stands with the red-flag check, and so whether they may start a workout.
 *
 * @param lastCheckedAt when they last answered the check, or {@code null} if never
 * @param yes the signs they answered "yes" to in their latest check
 */
public record SafetyStatus(State state, Instant lastCheckedAt, Set<RedFlag> yes) {

    public enum State {
        /** Never answered: the check comes before the first workout. */
        CHECK_NEEDED,
        /** Answered more than a week ago: the check is offered again before a workout. */
        CHECK_DUE,
        /** An emergency sign not yet cleared by a clinician: workouts are locked. */
        EMERGENCY,
        /** A "see a doctor soon" sign whose advice has not been read and acknowledged yet. */
        WARNING,
        /** Nothing stands in the way of a workout. */
        CLEAR
    }

    public SafetyStatus {
        yes = Set.copyOf(yes);
    }

    public boolean mayExercise() {
        return state == State.CLEAR;
    }
}

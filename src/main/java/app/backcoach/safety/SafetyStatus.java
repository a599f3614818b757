package app.backcoach.safety;

import java.time.Instant;
import java.util.Set;

/**
 * Where a person stands with the red-flag check, and so whether they may start a workout.
 *
 * @param lastCheckedAt when they last answered the check, or {@code null} if never
 * @param yes the signs they answered "yes" to in their latest check
 * @param assessed signs a doctor has already seen: the next check asks whether they changed instead of
 *                 raising the same alarm again
 */
public record SafetyStatus(State state, Instant lastCheckedAt, Set<RedFlag> yes, Set<RedFlag> assessed) {

    public enum State {
        /** Never answered: the check comes before the first workout. */
        CHECK_NEEDED,
        /** Answered more than a week ago: the check is offered again before a workout. */
        CHECK_DUE,
        /** An emergency sign that no doctor has seen yet: workouts are locked. */
        EMERGENCY,
        /** A same-day sign that no doctor has seen yet: workouts pause, without the emergency screen. */
        SAME_DAY,
        /** A "see a doctor soon" sign whose advice has not been read and acknowledged yet. */
        WARNING,
        /** Nothing stands in the way of a workout. */
        CLEAR
    }

    public SafetyStatus {
        yes = Set.copyOf(yes);
        assessed = Set.copyOf(assessed);
    }

    public boolean mayExercise() {
        return state == State.CLEAR;
    }
}

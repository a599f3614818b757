package app.backcoach.engine;

import app.backcoach.exercise.SideMode;

import java.time.Duration;
import java.util.Objects;

/**
 * One exercise of a plan. For sided modes, {@code reps} counts reps per side: ALTERNATING with 10 reps
 * performs 20 holds per set.
 */
public record PlannedExercise(
        String slug, String name, int holdSeconds, int reps, int sets, int restSeconds, SideMode sideMode) {

    public PlannedExercise {
        requireText(slug, "slug");
        requireText(name, "name");
        requireAtLeast(holdSeconds, 1, "holdSeconds");
        requireAtLeast(reps, 1, "reps");
        requireAtLeast(sets, 1, "sets");
        requireAtLeast(restSeconds, 0, "restSeconds");
        Objects.requireNonNull(sideMode, "sideMode");
    }

    public Duration hold() {
        return Duration.ofSeconds(holdSeconds);
    }

    public Duration rest() {
        return Duration.ofSeconds(restSeconds);
    }

    public boolean sided() {
        return sideMode != SideMode.NONE;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requireAtLeast(int value, int minimum, String field) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be >= " + minimum + " but was " + value);
        }
    }
}

package app.backcoach.exercise;

import app.backcoach.base.Dosage;

/**
 * How much of an exercise to do: the hold of each rep, the reps per set (per side where the exercise
 * is done one side at a time) and the sets per session.
 *
 * @param sessionsPerDay how many sessions a day the source suggests, or {@code null} where it names none
 */
public record Dose(int holdSeconds, int reps, int sets, SideMode sideMode, Integer sessionsPerDay) implements Dosage {

    @Override
    public boolean perSide() {
        return sideMode.perSide();
    }

    public static final int MIN_HOLD_SECONDS = 1;
    public static final int MAX_HOLD_SECONDS = 120;
    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 30;
    public static final int MIN_SETS = 1;
    public static final int MAX_SETS = 5;

    public Dose {
        requireBetween(holdSeconds, MIN_HOLD_SECONDS, MAX_HOLD_SECONDS, "holdSeconds");
        requireBetween(reps, MIN_REPS, MAX_REPS, "reps");
        requireBetween(sets, MIN_SETS, MAX_SETS, "sets");
        if (sideMode == null) {
            throw new IllegalArgumentException("sideMode is required");
        }
    }

    private static void requireBetween(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }
}

package app.backcoach.exercise;

/**
 * The doses the sources name for one exercise: the shortest and longest hold, the fewest and most reps a set,
 * and the most sets a session. Gentle progression never goes past it; the routine editor accepts more (for a
 * physiotherapist's plan) but says that a dose is above it.
 */
public record SourceRange(int holdMin, int holdMax, int repsMin, int repsMax, int setsMax) {

    public SourceRange {
        if (holdMin < Dose.MIN_HOLD_SECONDS || holdMax < holdMin || repsMin < Dose.MIN_REPS || repsMax < repsMin
                || setsMax < Dose.MIN_SETS) {
            throw new IllegalArgumentException("not a range: " + holdMin + "-" + holdMax + " s, " + repsMin + "-"
                    + repsMax + " reps, up to " + setsMax + " sets");
        }
    }

    /** Whether every part of the dose lies within what the sources name. */
    public boolean contains(Dose dose) {
        return dose.holdSeconds() >= holdMin && !holdAbove(dose) && dose.reps() >= repsMin && !repsAbove(dose)
                && !setsAbove(dose);
    }

    public boolean holdAbove(Dose dose) {
        return dose.holdSeconds() > holdMax;
    }

    public boolean repsAbove(Dose dose) {
        return dose.reps() > repsMax;
    }

    public boolean setsAbove(Dose dose) {
        return dose.sets() > setsMax;
    }
}

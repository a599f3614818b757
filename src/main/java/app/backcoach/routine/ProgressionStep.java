package app.backcoach.routine;

import java.time.Instant;
import java.util.List;

/**
 * A person's answer to a progression offer: accepted (the reps of each exercise that went up) or declined
 * (no changes).
 */
public record ProgressionStep(Instant at, String routineName, boolean accepted, List<RepChange> changes) {

    public ProgressionStep {
        changes = List.copyOf(changes);
    }

    /** One exercise's reps before and after an accepted step. */
    public record RepChange(String exerciseName, int repsBefore, int repsAfter) {
    }
}

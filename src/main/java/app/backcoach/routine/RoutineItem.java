package app.backcoach.routine;

import app.backcoach.exercise.Dose;
import app.backcoach.exercise.ExerciseInfo;

/** One exercise of a routine and the dose the routine gives it, with the rest between its sets. */
public record RoutineItem(ExerciseInfo exercise, Dose dose, int restSeconds) {

    public static final int MIN_REST_SECONDS = 0;
    public static final int MAX_REST_SECONDS = 180;
    /** The rest a new exercise of a routine starts with: the sources name none; the built-in routines use 30 s. */
    public static final int DEFAULT_REST_SECONDS = 30;

    /** How many sets the item records: a per-side exercise records one set per side. */
    public int recordedSets() {
        return dose.sets() * (dose.sideMode().perSide() ? 2 : 1);
    }
}

package app.backcoach.workout;

/** Where a workout stands: running, done to the end, or stopped before the end (finished early, tab closed, crash). */
public enum WorkoutStatus {
    IN_PROGRESS, COMPLETED, PARTIAL
}

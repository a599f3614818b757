package app.backcoach.workout;

import app.backcoach.engine.RecordedSet;

import java.util.List;

/** A workout running again after an interruption, with the sets it had recorded, for the engine to skip. */
public record ResumedWorkout(StartedWorkout started, List<RecordedSet> recorded) {

    public ResumedWorkout {
        recorded = List.copyOf(recorded);
    }
}

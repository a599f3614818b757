package app.backcoach.engine;

import java.util.Arrays;
import java.util.List;

/** An ordered, non-empty list of exercises. The same exercise may appear more than once. */
public record WorkoutPlan(List<PlannedExercise> exercises) {

    public WorkoutPlan {
        if (exercises == null || exercises.isEmpty()) {
            throw new IllegalArgumentException("a workout plan needs at least one exercise");
        }
        if (exercises.stream().anyMatch(exercise -> exercise == null)) {
            throw new IllegalArgumentException("a workout plan must not contain null exercises");
        }
        exercises = List.copyOf(exercises);
    }

    public static WorkoutPlan of(PlannedExercise... exercises) {
        return new WorkoutPlan(exercises == null ? null : Arrays.asList(exercises));
    }

    public int size() {
        return exercises.size();
    }

    public PlannedExercise exercise(int index) {
        return exercises.get(index);
    }
}

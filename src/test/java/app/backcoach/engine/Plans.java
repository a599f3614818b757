package app.backcoach.engine;

import app.backcoach.exercise.SideMode;

/** Small plans used across the tests. */
final class Plans {

    private Plans() {
    }

    static PlannedExercise exercise(String slug, int holdSeconds, int reps, int sets, int restSeconds,
            SideMode sideMode) {
        return new PlannedExercise(slug, "Name of " + slug, holdSeconds, reps, sets, restSeconds, sideMode);
    }

    static PlannedExercise plain(String slug, int reps, int sets) {
        return exercise(slug, 10, reps, sets, 20, SideMode.NONE);
    }

    static PlannedExercise leftThenRight(String slug, int reps, int sets) {
        return exercise(slug, 10, reps, sets, 20, SideMode.LEFT_THEN_RIGHT);
    }

    static PlannedExercise alternating(String slug, int reps, int sets) {
        return exercise(slug, 10, reps, sets, 20, SideMode.ALTERNATING);
    }

    static WorkoutPlan of(PlannedExercise... exercises) {
        return WorkoutPlan.of(exercises);
    }
}

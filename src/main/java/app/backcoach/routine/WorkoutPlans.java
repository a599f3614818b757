package app.backcoach.routine;

import app.backcoach.engine.PlannedExercise;
import app.backcoach.engine.WorkoutPlan;
import app.backcoach.engine.WorkoutSession;

import java.time.Duration;

/** Turns a routine into the plan the workout engine runs. */
public final class WorkoutPlans {

    private WorkoutPlans() {
    }

    public static WorkoutPlan of(RoutineInfo routine) {
        return new WorkoutPlan(routine.items().stream().map(WorkoutPlans::planned).toList());
    }

    /** How long the routine takes when every phase runs its full time. */
    public static Duration estimatedDuration(RoutineInfo routine) {
        return WorkoutSession.estimatedDuration(of(routine));
    }

    private static PlannedExercise planned(RoutineItem item) {
        return new PlannedExercise(item.exercise().slug(), item.exercise().name(), item.dose().holdSeconds(),
                item.dose().reps(), item.dose().sets(), item.restSeconds(), item.dose().sideMode());
    }
}

package app.backcoach.workout;

import app.backcoach.engine.WorkoutPlan;
import app.backcoach.routine.RoutineInfo;

/**
 * A workout that has just been recorded as started, with the plan the engine runs. Made only by the
 * service, from the signed-in person: it carries their id so that a workout abandoned when its tab
 * closes (with no request, so no security context) can still be ended. A resumed workout runs under a
 * new attempt number; a page left on an earlier attempt can no longer change it.
 */
public record StartedWorkout(long id, long userId, RoutineInfo routine, WorkoutPlan plan, int attempt) {

    StartedWorkout(long id, long userId, RoutineInfo routine, WorkoutPlan plan) {
        this(id, userId, routine, plan, 1);
    }
}

package app.backcoach.routine;

import app.backcoach.base.DosedExercise;
import app.backcoach.exercise.Movement;

import java.time.Instant;
import java.util.List;

/**
 * A routine as the app shows and runs it.
 *
 * @param key               how the routine appears in a URL: the slug of a built-in routine, the id of a
 *                          person's own
 * @param progression       whether gentle progression is on (never for a built-in routine)
 * @param progressionSince  from when workouts count towards the next progression offer, or {@code null}
 */
public record RoutineInfo(long id, String key, String name, String description, boolean builtIn,
                          List<RoutineItem> items, boolean progression, Instant progressionSince) {

    public RoutineInfo {
        items = List.copyOf(items);
    }

    /** The same routine without the exercises of one movement (e.g. the press-ups while leg symptoms spread). */
    /** Its exercises by name with their doses, in order. */
    public List<DosedExercise> dosedExercises() {
        return items.stream().map(item -> new DosedExercise(item.exercise().name(), item.dose())).toList();
    }

    /** How long a workout of it takes, to the minute, with the default waits. */
    public long estimatedMinutes() {
        return Math.round(WorkoutPlans.estimatedDuration(this).toSeconds() / 60.0);
    }

    /** Whether this routine, made from {@code full}, leaves out its exercises of a movement. */
    public boolean leavesOut(RoutineInfo full, Movement movement) {
        return full.has(movement) && !has(movement);
    }

    /** Whether the exercise with this key is in the routine and of the movement. */
    public boolean isOf(String exerciseSlug, Movement movement) {
        return items.stream().anyMatch(item -> item.exercise().slug().equals(exerciseSlug)
                && item.exercise().movement() == movement);
    }

    public RoutineInfo without(Movement movement) {
        return new RoutineInfo(id, key, name, description, builtIn,
                items.stream().filter(item -> item.exercise().movement() != movement).toList(), progression,
                progressionSince);
    }

    /** Whether any exercise of the routine is of this movement. */
    public boolean has(Movement movement) {
        return items.stream().anyMatch(item -> item.exercise().movement() == movement);
    }

    public int recordedSets() {
        return items.stream().mapToInt(RoutineItem::recordedSets).sum();
    }
}

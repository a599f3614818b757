package app.backcoach.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What history needs to read of the signed-in person's workouts. The workout feature, which owns the
 * workout tables, answers it; history only shows and exports what it gets.
 */
public interface HistoryService {

    int count();

    /**
     * One page of the person's workouts, newest first, named as the page shows them: a built-in routine in the
     * page's language, a person's own routine by the name it had when the workout started.
     */
    List<HistoryEntry> page(int offset, int limit);

    /** The routine of the person's most recent workout that still exists. */
    Optional<Long> latestRoutineId();

    /** The routines (that still exist) of the person's workouts started in a range of instants, latest done first. */
    List<Long> routinesDoneBetween(Instant from, Instant until);

    /** Whether the person has a workout with this id (a cheap check, for HTTP statuses). */
    boolean exists(long workoutId);

    /**
     * One of the person's workouts with its sets, named as {@link #page} names them (and the catalogue's exercises
     * in the page's language); empty for an unknown id or someone else's.
     */
    Optional<WorkoutDetail> detail(long workoutId);

    /**
     * Every workout of the person that has sets, oldest first, each with its sets in the order they were done,
     * as recorded (the names they had then, in English for the catalogue's): for the export.
     */
    void eachWorkout(Consumer<WorkoutDetail> action);
}

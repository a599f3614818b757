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

    /** One page of the person's workouts, newest first. */
    List<HistoryEntry> page(int offset, int limit);

    /** The routine of the person's most recent workout that still exists. */
    Optional<Long> latestRoutineId();

    /** The routines (that still exist) of the person's workouts started in a range of instants, latest done first. */
    List<Long> routinesDoneBetween(Instant from, Instant until);

    /** Whether the person has a workout with this id (a cheap check, for HTTP statuses). */
    boolean exists(long workoutId);

    /** One of the person's workouts with its sets; empty for an unknown id or someone else's. */
    Optional<WorkoutDetail> detail(long workoutId);

    /** Every workout of the person that has sets, oldest first, each with its sets in the order they were done. */
    void eachWorkout(Consumer<WorkoutDetail> action);
}

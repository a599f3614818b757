package app.backcoach.workout;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface WorkoutRepository extends JpaRepository<Workout, Long> {

    Optional<Workout> findByIdAndUserId(long id, long userId);

    /** Ends the person's workouts that are still marked as running, e.g. in another tab that was closed. */
    @Modifying
    @Query("""
            update Workout w set w.status = app.backcoach.workout.WorkoutStatus.PARTIAL, w.endedAt = :now
            where w.userId = :userId and w.status = app.backcoach.workout.WorkoutStatus.IN_PROGRESS""")
    int endRunningWorkoutsOf(long userId, Instant now);

    /**
     * Workouts still marked running without a sign of life (a saved set, or the start) since after {@code before}:
     * their page, node or server went away. Each ends as partial and interrupted at its last sign of life.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            update workout w set status = 'PARTIAL', interrupted = true,
                ended_at = coalesce((select max(s.ended_at) from workout_set s where s.workout_id = w.id), w.started_at)
            where status = 'IN_PROGRESS'
              and coalesce((select max(s.ended_at) from workout_set s where s.workout_id = w.id), w.started_at) <= :before""")
    int endRunningWorkoutsQuietSince(Instant before);

    /** The person's latest workout, if any. */
    Optional<Workout> findFirstByUserIdOrderByStartedAtDescIdDesc(long userId);
}

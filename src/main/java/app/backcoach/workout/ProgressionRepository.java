package app.backcoach.workout;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;

/** Reads how a person's workouts of one routine went, for gentle progression. */
interface ProgressionRepository extends Repository<Workout, Long> {

    /** Status, pain before and pain after of each workout of the routine started after {@code since}, oldest first. */
    @Query(nativeQuery = true, value = """
            select status, pain_before, pain_after from workout
            where user_id = :userId and routine_id = :routineId and started_at > :since
            order by started_at, id""")
    List<Object[]> outcomesSince(long userId, long routineId, Instant since);
}

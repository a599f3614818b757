package app.backcoach.workout;

import app.backcoach.engine.Side;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WorkoutSetRepository extends JpaRepository<WorkoutSet, Long> {

    List<WorkoutSet> findByWorkoutIdAndUserIdOrderByStartedAtAscIdAsc(long workoutId, long userId);

    long countByWorkoutIdAndUserId(long workoutId, long userId);

    boolean existsByWorkoutIdAndExercisePositionAndSetNumberAndSide(long workoutId, int exercisePosition,
                                                                     int setNumber, Side side);
}

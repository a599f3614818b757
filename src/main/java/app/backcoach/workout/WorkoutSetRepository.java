package app.backcoach.workout;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WorkoutSetRepository extends JpaRepository<WorkoutSet, Long> {

    List<WorkoutSet> findByWorkoutIdAndUserIdOrderByStartedAtAscIdAsc(long workoutId, long userId);
}

package app.backcoach.workout;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface HurtReportRepository extends JpaRepository<HurtReport, Long> {

    List<HurtReport> findByWorkoutIdAndUserIdOrderByReportedAt(long workoutId, long userId);
}

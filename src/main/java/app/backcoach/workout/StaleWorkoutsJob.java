package app.backcoach.workout;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every ten minutes ({@code backcoach.workouts.stale-cron}, {@code -} switches it off), on one node at a
 * time: workouts left running for two hours end as partial ({@link WorkoutService#endStaleWorkouts}).
 */
@Component
class StaleWorkoutsJob {

    private final WorkoutService workouts;

    StaleWorkoutsJob(WorkoutService workouts) {
        this.workouts = workouts;
    }

    @Scheduled(cron = "${backcoach.workouts.stale-cron}")
    @SchedulerLock(name = "end-stale-workouts", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    void run() {
        workouts.endStaleWorkouts();
    }
}

package app.backcoach.workout;

import app.backcoach.routine.ProgressionRule;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Gentle progression at the start of a workout: whether {@link ProgressionRule} offers one more rep now,
 * and the person's answer to the offer.
 */
@Service
public class ProgressionService {

    private final ProgressionRepository workouts;
    private final RoutineService routines;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressionService(ProgressionRepository workouts, RoutineService routines, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.workouts = workouts;
        this.routines = routines;
        this.currentUser = currentUser;
    }

    /** Whether to offer one more rep of each exercise before this workout of the routine. */
    @Transactional(readOnly = true)
    public boolean isOffered(RoutineInfo routine) {
        if (!routine.progression() || routine.builtIn()) {
            return false;
        }
        Instant since = routine.progressionSince() == null ? Instant.EPOCH : routine.progressionSince();
        List<ProgressionRule.Outcome> outcomes = workouts.outcomesSince(currentUser.id(), routine.id(), since).stream()
                .map(row -> new ProgressionRule.Outcome(WorkoutStatus.COMPLETED.name().equals(row[0]),
                        number(row[1]), number(row[2])))
                .toList();
        return ProgressionRule.offers(routine, outcomes, clock.instant());
    }

    /** Takes the offer: the routine gets one more rep of each exercise (up to the limit), from this workout on. */
    @Transactional
    public Optional<RoutineInfo> accept(RoutineInfo routine) {
        return routines.findById(routine.id()).filter(this::isOffered)
                .flatMap(current -> routines.acceptProgression(current.id()));
    }

    /** Declines the offer: the doses stay, and the next offer counts only workouts from now on. */
    @Transactional
    public void decline(RoutineInfo routine) {
        routines.findById(routine.id()).filter(this::isOffered)
                .ifPresent(current -> routines.declineProgression(current.id()));
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}

package app.backcoach.routine;

import java.time.Duration;
import java.time.Instant;

import java.util.List;

/**
 * Gentle progression, as the sources advise (NHS inform: start with a few reps and add one or two every
 * few days while it does not hurt more): after {@value #GOOD_WORKOUTS_NEEDED} completed, rated workouts of a
 * routine that did not leave the person in more pain than before, and at least {@link #DAYS_BETWEEN_OFFERS}
 * after the last offer was answered, offer {@value #REPS_ADDED} more rep of each exercise, never past the
 * most reps a source names for it ({@link app.backcoach.exercise.SourceRange#repsMax()}). Plain Java, so that
 * it is tested case by case.
 */
public final class ProgressionRule {

    public static final int GOOD_WORKOUTS_NEEDED = 3;
    public static final int REPS_ADDED = 1;
    /** "Every few days": the least time between two offers. */
    public static final Duration DAYS_BETWEEN_OFFERS = Duration.ofDays(2);

    private ProgressionRule() {
    }

    /**
     * How one workout of the routine went.
     *
     * @param completed  whether it ran to the end
     * @param painBefore pain from 0 to 10 before it, or {@code null} when not rated
     * @param painAfter  pain from 0 to 10 after it, or {@code null} when not rated
     */
    public record Outcome(boolean completed, Integer painBefore, Integer painAfter) {

        /** Only a workout rated before and after can show that it did not hurt more, so only such a one counts. */
        public boolean rated() {
            return painBefore != null && painAfter != null;
        }

        public boolean hurtMore() {
            return rated() && painAfter > painBefore;
        }
    }

    /**
     * Whether to offer a step now.
     *
     * @param routine  the routine about to start
     * @param outcomes its workouts since progression was switched on or the last offer was answered,
     *                 oldest first
     */
    public static boolean offers(RoutineInfo routine, List<Outcome> outcomes, Instant now) {
        return routine.progression() && !routine.builtIn() && canGrow(routine)
                && (routine.progressionSince() == null
                        || !now.isBefore(routine.progressionSince().plus(DAYS_BETWEEN_OFFERS)))
                && goodWorkoutsInARow(outcomes) >= GOOD_WORKOUTS_NEEDED;
    }

    /**
     * Completed, rated workouts since the last one that hurt more. A workout that hurt more starts the count
     * again, even an unfinished one; an unfinished or unrated one that did not neither counts nor resets.
     */
    static int goodWorkoutsInARow(List<Outcome> outcomes) {
        int good = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.hurtMore()) {
                good = 0;
            } else if (outcome.completed() && outcome.rated()) {
                good++;
            }
        }
        return good;
    }

    /**
     * The reps after one step: {@value #REPS_ADDED} more, never past {@code most} (the sources' largest dose);
     * a dose already above it (a physiotherapist's plan) stays as it is.
     */
    public static int repsAfterStep(int reps, int most) {
        return reps >= most ? reps : Math.min(reps + REPS_ADDED, most);
    }

    /** The reps of a routine's exercise after one step. */
    public static int repsAfterStep(RoutineItem item) {
        return repsAfterStep(item.dose().reps(), item.exercise().sourceRange().repsMax());
    }

    /** Whether a step would change anything: at least one exercise is below the most reps its sources name. */
    public static boolean canGrow(RoutineInfo routine) {
        return routine.items().stream().anyMatch(item -> repsAfterStep(item) > item.dose().reps());
    }
}

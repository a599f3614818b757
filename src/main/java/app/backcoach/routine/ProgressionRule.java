package app.backcoach.routine;

import app.backcoach.exercise.Dose;

import java.util.List;

/**
 * Gentle progression, as the sources advise (NHS inform: start with a few reps and add one or two every
 * few days while it does not hurt more): after {@value #GOOD_WORKOUTS_NEEDED} completed workouts of a
 * routine that did not leave the person in more pain than before, offer {@value #REPS_ADDED} more rep of
 * each exercise, up to {@link Dose#MAX_REPS}. Plain Java, so that it is tested case by case.
 */
public final class ProgressionRule {

    public static final int GOOD_WORKOUTS_NEEDED = 3;
    public static final int REPS_ADDED = 1;

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

        /** Only a workout with both ratings can show more pain; one without them counts on its completion. */
        public boolean hurtMore() {
            return painBefore != null && painAfter != null && painAfter > painBefore;
        }
    }

    /**
     * Whether to offer a step now.
     *
     * @param routine  the routine about to start
     * @param outcomes its workouts since progression was switched on or the last offer was answered,
     *                 oldest first
     */
    public static boolean offers(RoutineInfo routine, List<Outcome> outcomes) {
        return routine.progression() && !routine.builtIn() && canGrow(routine)
                && goodWorkoutsInARow(outcomes) >= GOOD_WORKOUTS_NEEDED;
    }

    /**
     * Completed workouts since the last one that hurt more. A workout that hurt more starts the count
     * again, even an unfinished one; an unfinished one that did not neither counts nor resets.
     */
    static int goodWorkoutsInARow(List<Outcome> outcomes) {
        int good = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.hurtMore()) {
                good = 0;
            } else if (outcome.completed()) {
                good++;
            }
        }
        return good;
    }

    /** The reps after one step: {@value #REPS_ADDED} more, never above the limit. */
    public static int repsAfterStep(int reps) {
        return Math.min(reps + REPS_ADDED, Dose.MAX_REPS);
    }

    /** Whether a step would change anything: at least one exercise is below the most reps. */
    public static boolean canGrow(RoutineInfo routine) {
        return routine.items().stream().anyMatch(item -> item.dose().reps() < Dose.MAX_REPS);
    }
}

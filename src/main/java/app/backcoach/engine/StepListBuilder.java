package app.backcoach.engine;

import app.backcoach.exercise.SideMode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a plan into the exact sequence of phases. The session only walks this list, so every rule about
 * what follows what lives here.
 */
final class StepListBuilder {

    private final WorkoutPlan plan;
    private final List<Step> steps = new ArrayList<>();

    private StepListBuilder(WorkoutPlan plan) {
        this.plan = plan;
    }

    static List<Step> build(WorkoutPlan plan) {
        return new StepListBuilder(plan).buildSteps();
    }

    private List<Step> buildSteps() {
        List<Step> holds = holds();
        Step previous = null;
        for (Step hold : holds) {
            addTransition(previous, hold);
            steps.add(hold);
            previous = hold;
        }
        steps.add(previous.waiting(Phase.DONE, Duration.ZERO));
        return List.copyOf(steps);
    }

    private void addTransition(Step previous, Step next) {
        if (previous == null) {
            steps.add(next.waiting(Phase.GET_READY, PhaseDurations.GET_READY));
        } else if (previous.exerciseIndex() != next.exerciseIndex()) {
            steps.add(next.waiting(Phase.NEXT_EXERCISE, PhaseDurations.NEXT_EXERCISE));
            steps.add(next.waiting(Phase.GET_READY, PhaseDurations.GET_READY));
        } else if (previous.setNumber() != next.setNumber()) {
            Duration rest = plan.exercise(next.exerciseIndex()).rest();
            // A zero rest only drops the REST phase; the two holds still get the usual RELAX between them.
            steps.add(rest.isZero()
                    ? next.waiting(Phase.RELAX, PhaseDurations.RELAX)
                    : next.waiting(Phase.REST, rest));
        } else if (previous.side() == Side.LEFT && next.side() == Side.RIGHT
                && plan.exercise(next.exerciseIndex()).sideMode() == SideMode.LEFT_THEN_RIGHT) {
            steps.add(next.waiting(Phase.SWITCH_SIDES, PhaseDurations.SWITCH_SIDES));
        } else {
            steps.add(next.waiting(Phase.RELAX, PhaseDurations.RELAX));
        }
    }

    private List<Step> holds() {
        List<Step> holds = new ArrayList<>();
        for (int index = 0; index < plan.size(); index++) {
            PlannedExercise exercise = plan.exercise(index);
            for (int set = 1; set <= exercise.sets(); set++) {
                addSetHolds(holds, index, set, exercise);
            }
        }
        return holds;
    }

    private static void addSetHolds(List<Step> holds, int index, int set, PlannedExercise exercise) {
        int reps = exercise.reps();
        switch (exercise.sideMode()) {
            case NONE -> {
                for (int rep = 1; rep <= reps; rep++) {
                    holds.add(hold(index, set, rep, Side.NONE, exercise, rep == reps ? List.of(Side.NONE) : List.of()));
                }
            }
            case LEFT_THEN_RIGHT -> {
                for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
                    for (int rep = 1; rep <= reps; rep++) {
                        holds.add(hold(index, set, rep, side, exercise, rep == reps ? List.of(side) : List.of()));
                    }
                }
            }
            case ALTERNATING -> {
                for (int rep = 1; rep <= reps; rep++) {
                    holds.add(hold(index, set, rep, Side.LEFT, exercise, List.of()));
                    holds.add(hold(index, set, rep, Side.RIGHT, exercise,
                            rep == reps ? List.of(Side.LEFT, Side.RIGHT) : List.of()));
                }
            }
        }
    }

    private static Step hold(int index, int set, int rep, Side side, PlannedExercise exercise, List<Side> closes) {
        return new Step(Phase.HOLD, index, set, rep, side, exercise.hold(), closes);
    }
}

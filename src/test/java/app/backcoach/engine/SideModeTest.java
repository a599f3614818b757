package app.backcoach.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SideModeTest {

    @Test
    void leftThenRightDoesAllLeftRepsThenSwitchesSidesThenAllRightReps() {
        WorkoutPlan plan = Plans.of(Plans.leftThenRight("clam", 3, 1));

        assertThat(Walker.started(plan).runToEnd()).containsExactly(
                "GET_READY e0 s1 r1 LEFT",
                "HOLD e0 s1 r1 LEFT",
                "RELAX e0 s1 r2 LEFT",
                "HOLD e0 s1 r2 LEFT",
                "RELAX e0 s1 r3 LEFT",
                "HOLD e0 s1 r3 LEFT",
                "SWITCH_SIDES e0 s1 r1 RIGHT",
                "HOLD e0 s1 r1 RIGHT",
                "RELAX e0 s1 r2 RIGHT",
                "HOLD e0 s1 r2 RIGHT",
                "RELAX e0 s1 r3 RIGHT",
                "HOLD e0 s1 r3 RIGHT",
                "DONE e0 s1 r3 RIGHT");
    }

    @Test
    void leftThenRightStartsEverySetOnTheLeftAfterTheRest() {
        WorkoutPlan plan = Plans.of(Plans.leftThenRight("clam", 1, 2));

        assertThat(Walker.started(plan).runToEnd()).containsExactly(
                "GET_READY e0 s1 r1 LEFT",
                "HOLD e0 s1 r1 LEFT",
                "SWITCH_SIDES e0 s1 r1 RIGHT",
                "HOLD e0 s1 r1 RIGHT",
                "REST e0 s2 r1 LEFT",
                "HOLD e0 s2 r1 LEFT",
                "SWITCH_SIDES e0 s2 r1 RIGHT",
                "HOLD e0 s2 r1 RIGHT",
                "DONE e0 s2 r1 RIGHT");
    }

    @Test
    void alternatingDoesEachRepOnBothSidesWithARelaxBetweenSides() {
        WorkoutPlan plan = Plans.of(Plans.alternating("bird-dog", 2, 1));

        assertThat(Walker.started(plan).runToEnd()).containsExactly(
                "GET_READY e0 s1 r1 LEFT",
                "HOLD e0 s1 r1 LEFT",
                "RELAX e0 s1 r1 RIGHT",
                "HOLD e0 s1 r1 RIGHT",
                "RELAX e0 s1 r2 LEFT",
                "HOLD e0 s1 r2 LEFT",
                "RELAX e0 s1 r2 RIGHT",
                "HOLD e0 s1 r2 RIGHT",
                "DONE e0 s1 r2 RIGHT");
    }

    @Test
    void alternatingCountsRepsPerSide() {
        WorkoutPlan plan = Plans.of(Plans.alternating("bird-dog", 10, 1));
        Walker walker = Walker.started(plan);
        walker.finishPhases(1 + 4 * 2);

        assertThat(walker.label()).isEqualTo("HOLD e0 s1 r3 LEFT");
        assertThat(walker.snapshot().repsTotal()).isEqualTo(10);

        walker.finishPhases(2);

        assertThat(walker.label()).isEqualTo("HOLD e0 s1 r3 RIGHT");
    }

    @Test
    void alternatingNeverUsesSwitchSides() {
        WorkoutPlan plan = Plans.of(Plans.alternating("bird-dog", 3, 2));

        assertThat(Walker.started(plan).runToEnd()).noneMatch(label -> label.startsWith("SWITCH_SIDES"));
    }

    @Test
    void exercisesWithoutSidesReportSideNone() {
        WorkoutPlan plan = Plans.of(Plans.plain("bridge", 2, 2));

        assertThat(Walker.started(plan).runToEnd()).allMatch(label -> label.endsWith(" NONE"));
    }

    @Test
    void leftThenRightEmitsTheLeftHalfWhenTheSidesSwitch() {
        Walker walker = Walker.started(Plans.of(Plans.leftThenRight("clam", 2, 1)));
        walker.finishPhases(3);

        List<CompletedSet> emitted = walker.finishPhase().completedSets();

        assertThat(walker.snapshot().phase()).isEqualTo(Phase.SWITCH_SIDES);
        assertThat(emitted).extracting(CompletedSet::side, CompletedSet::repsDone)
                .containsExactly(tuple(Side.LEFT, 2));
    }

    @Test
    void leftThenRightEmitsTheRightHalfAtTheEndOfTheSet() {
        Walker walker = Walker.started(Plans.of(Plans.leftThenRight("clam", 2, 2))).until(Phase.SWITCH_SIDES);
        walker.finishPhases(3);

        List<CompletedSet> emitted = walker.finishPhase().completedSets();

        assertThat(walker.snapshot().phase()).isEqualTo(Phase.REST);
        assertThat(emitted).extracting(CompletedSet::setNumber, CompletedSet::side, CompletedSet::repsDone)
                .containsExactly(tuple(1, Side.RIGHT, 2));
    }

    @Test
    void alternatingEmitsBothSidesTogetherAtTheEndOfTheSet() {
        Walker walker = Walker.started(Plans.of(Plans.alternating("bird-dog", 2, 2)));
        walker.finishPhase();
        for (int i = 0; i < 3; i++) {
            assertThat(walker.finishPhase().completedSets()).isEmpty();
            walker.finishPhase();
        }

        List<CompletedSet> emitted = walker.finishPhase().completedSets();

        assertThat(emitted).extracting(CompletedSet::setNumber, CompletedSet::side, CompletedSet::repsDone)
                .containsExactly(tuple(1, Side.LEFT, 2), tuple(1, Side.RIGHT, 2));
    }

    @Test
    void aSidedSetCountsAsTwoCompletedSets() {
        Walker walker = Walker.started(Plans.of(Plans.alternating("bird-dog", 1, 3))).until(Phase.DONE);

        assertThat(walker.snapshot().setsCompleted()).isEqualTo(6);
        assertThat(walker.snapshot().holdsCounted()).isEqualTo(6);
    }

    @Test
    void theNextLineAnnouncesTheSideSwitch() {
        Walker walker = Walker.started(Plans.of(Plans.leftThenRight("clam", 1, 1)));
        walker.finishPhase();

        assertThat(walker.snapshot().next().phase()).isEqualTo(Phase.SWITCH_SIDES);
        assertThat(walker.snapshot().next().side()).isEqualTo(Side.RIGHT);
    }
}

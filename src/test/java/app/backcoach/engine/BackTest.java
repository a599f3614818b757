package app.backcoach.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Plan: bridge and cat, 2 sets of 2 reps each. Phase indexes: 0 GET_READY, 1 HOLD s1r1, 2 RELAX, 3 HOLD s1r2,
 * 4 REST, 5 HOLD s2r1, 6 RELAX, 7 HOLD s2r2, 8 NEXT_EXERCISE, 9 GET_READY, 10 HOLD s1r1, ... 16 HOLD s2r2,
 * 17 DONE.
 */
class BackTest {

    private final Walker walker = Walker.started(Plans.of(Plans.plain("bridge", 2, 2), Plans.plain("cat", 2, 2)));
    private final WorkoutSession session = walker.session;

    @Test
    void backAtTheVeryFirstGetReadyRestartsIt() {
        walker.clock.advanceSeconds(3);

        assertThat(session.back()).isTrue();

        assertThat(walker.label()).isEqualTo("GET_READY e0 s1 r1 NONE");
        assertThat(session.snapshot().remaining()).isEqualTo(PhaseDurations.GET_READY);
    }

    @Test
    void backDuringTheVeryFirstHoldRestartsThatHold() {
        walker.finishPhase();
        walker.clock.advanceSeconds(7);

        assertThat(session.back()).isTrue();

        assertThat(walker.label()).isEqualTo("HOLD e0 s1 r1 NONE");
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "after {0} phases: {1} -> {2}")
    @CsvSource({
            "2, RELAX e0 s1 r2 NONE, HOLD e0 s1 r1 NONE",
            "3, HOLD e0 s1 r2 NONE, HOLD e0 s1 r1 NONE",
            "4, REST e0 s2 r1 NONE, HOLD e0 s1 r2 NONE",
            "5, HOLD e0 s2 r1 NONE, HOLD e0 s1 r2 NONE",
            "7, HOLD e0 s2 r2 NONE, HOLD e0 s2 r1 NONE",
            "8, NEXT_EXERCISE e1 s1 r1 NONE, HOLD e0 s2 r2 NONE",
            "9, GET_READY e1 s1 r1 NONE, HOLD e0 s2 r2 NONE",
            "10, HOLD e1 s1 r1 NONE, HOLD e0 s2 r2 NONE",
            "14, HOLD e1 s2 r1 NONE, HOLD e1 s1 r2 NONE",
            "16, HOLD e1 s2 r2 NONE, HOLD e1 s2 r1 NONE"})
    void backGoesToTheStartOfThePreviousRep(int phasesDone, String from, String to) {
        walker.finishPhases(phasesDone);
        assertThat(walker.label()).isEqualTo(from);
        walker.clock.advanceSeconds(2);

        assertThat(session.back()).isTrue();

        assertThat(walker.label()).isEqualTo(to);
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void backInDoneIsRefused() {
        walker.until(Phase.DONE);

        assertThat(session.back()).isFalse();
        assertThat(session.snapshot().phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void afterGoingBackTheWorkoutContinuesInTheUsualOrder() {
        walker.finishPhases(5);
        session.back();

        assertThat(walker.runToEnd()).startsWith(
                "HOLD e0 s1 r2 NONE",
                "REST e0 s2 r1 NONE",
                "HOLD e0 s2 r1 NONE");
    }

    @Test
    void redoingARepOfAnOpenSetReplacesItsMeasurementInsteadOfAddingOne() {
        walker.finishPhase();
        walker.clock.advanceSeconds(10);
        session.phaseEnded(9_400);
        session.back();

        walker.finishPhases(2);
        List<CompletedSet> emitted = walker.finishPhase().completedSets();

        assertThat(emitted).singleElement().satisfies(set -> {
            assertThat(set.repsDone()).isEqualTo(2);
            assertThat(set.measuredHoldMillis()).containsExactly(10_000L, 10_000L);
        });
        assertThat(session.snapshot().holdsCounted()).isEqualTo(3);
    }

    @Test
    void redoingTheLastRepOfAnAlreadyReportedSetReportsANewSetWithOnlyTheRedoneRep() {
        walker.until(Phase.REST);
        assertThat(session.completedSets()).hasSize(1);
        session.back();

        List<CompletedSet> emitted = walker.finishPhase().completedSets();

        assertThat(walker.label()).isEqualTo("REST e0 s2 r1 NONE");
        assertThat(emitted).singleElement().satisfies(set -> {
            assertThat(set.setNumber()).isEqualTo(1);
            assertThat(set.repsDone()).isEqualTo(1);
            assertThat(set.partial()).isTrue();
        });
        assertThat(session.completedSets()).extracting(CompletedSet::setNumber, CompletedSet::repsDone)
                .containsExactly(tuple(1, 2), tuple(1, 1));
    }

    @Test
    void goingBackAndSkippingForwardDoesNotReportASetAgain() {
        walker.until(Phase.REST);
        session.back();

        assertThat(session.skip()).isEmpty();
        assertThat(session.completedSets()).hasSize(1);
    }

    @Test
    void backFromTheNextExerciseRedoesThePreviousExercisesLastRep() {
        walker.until(Phase.NEXT_EXERCISE);
        session.back();

        List<CompletedSet> emitted = walker.finishPhase().completedSets();

        assertThat(walker.label()).isEqualTo("NEXT_EXERCISE e1 s1 r1 NONE");
        assertThat(emitted).extracting(CompletedSet::exerciseSlug, CompletedSet::setNumber, CompletedSet::repsDone)
                .containsExactly(tuple("bridge", 2, 1));
    }

    @Test
    void backWhilePausedStaysPausedWithTheFullHoldAhead() {
        walker.finishPhases(3);
        walker.clock.advanceSeconds(4);
        session.pause();

        session.back();
        walker.clock.advanceSeconds(20);

        assertThat(walker.label()).isEqualTo("HOLD e0 s1 r1 NONE");
        assertThat(session.snapshot().paused()).isTrue();
        assertThat(session.snapshot().remaining()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void backInSwitchSidesRedoesTheLastLeftRepAndReportsItAsANewLeftSet() {
        Walker sided = Walker.started(Plans.of(Plans.leftThenRight("clam", 2, 1))).until(Phase.SWITCH_SIDES);
        sided.session.back();

        assertThat(sided.label()).isEqualTo("HOLD e0 s1 r2 LEFT");
        List<CompletedSet> emitted = sided.finishPhase().completedSets();

        assertThat(emitted).extracting(CompletedSet::side, CompletedSet::repsDone)
                .containsExactly(tuple(Side.LEFT, 1));
        assertThat(sided.label()).isEqualTo("SWITCH_SIDES e0 s1 r1 RIGHT");
    }

    @Test
    void backDuringAnAlternatingRightRepGoesToTheSameRepOnTheLeft() {
        Walker sided = Walker.started(Plans.of(Plans.alternating("bird-dog", 3, 1))).finishPhases(7);
        assertThat(sided.label()).isEqualTo("HOLD e0 s1 r2 RIGHT");

        sided.session.back();

        assertThat(sided.label()).isEqualTo("HOLD e0 s1 r2 LEFT");
    }

    @Test
    void backAcrossAlternatingSetsOnlyReportsTheRedoneSideAgain() {
        Walker sided = Walker.started(Plans.of(Plans.alternating("bird-dog", 1, 2))).until(Phase.REST);
        sided.session.back();

        List<CompletedSet> emitted = sided.finishPhase().completedSets();

        assertThat(emitted).extracting(CompletedSet::setNumber, CompletedSet::side, CompletedSet::repsDone)
                .containsExactly(tuple(1, Side.RIGHT, 1));
    }
}

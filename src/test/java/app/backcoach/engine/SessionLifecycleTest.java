package app.backcoach.engine;

import app.backcoach.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionLifecycleTest {

    private final WorkoutPlan plan = Plans.of(Plans.plain("bridge", 2, 2), Plans.leftThenRight("clam", 1, 1));

    static Stream<Arguments> operationsBeforeStart() {
        return Stream.of(
                Arguments.of("snapshot", (Consumer<WorkoutSession>) WorkoutSession::snapshot),
                Arguments.of("phaseEnded", (Consumer<WorkoutSession>) s -> s.phaseEnded(5_000)),
                Arguments.of("skip", (Consumer<WorkoutSession>) WorkoutSession::skip),
                Arguments.of("back", (Consumer<WorkoutSession>) WorkoutSession::back),
                Arguments.of("pause", (Consumer<WorkoutSession>) WorkoutSession::pause),
                Arguments.of("resume", (Consumer<WorkoutSession>) WorkoutSession::resume),
                Arguments.of("finishEarly", (Consumer<WorkoutSession>) WorkoutSession::finishEarly),
                Arguments.of("completedSets", (Consumer<WorkoutSession>) WorkoutSession::completedSets));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsBeforeStart")
    void everyOperationBeforeStartThrows(String name, Consumer<WorkoutSession> operation) {
        WorkoutSession session = new WorkoutSession(plan, new MutableClock());

        assertThatThrownBy(() -> operation.accept(session))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not been started");
    }

    @Test
    void startingTwiceThrows() {
        WorkoutSession session = new WorkoutSession(plan, new MutableClock());
        session.start();

        assertThatThrownBy(session::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startingEntersGetReadyForTheFirstHold() {
        Walker walker = Walker.started(plan);
        Snapshot snapshot = walker.snapshot();

        assertThat(walker.session.isStarted()).isTrue();
        assertThat(snapshot.phase()).isEqualTo(Phase.GET_READY);
        assertThat(snapshot.paused()).isFalse();
        assertThat(snapshot.phaseDuration()).isEqualTo(PhaseDurations.GET_READY);
        assertThat(snapshot.remaining()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Walker.label(snapshot)).isEqualTo("GET_READY e0 s1 r1 NONE");
    }

    @Test
    void theFirstSnapshotDescribesThePlanAndZeroTotals() {
        Snapshot snapshot = Walker.started(plan).snapshot();

        assertThat(snapshot.exerciseIndex()).isZero();
        assertThat(snapshot.exerciseCount()).isEqualTo(2);
        assertThat(snapshot.exercise()).isEqualTo(plan.exercise(0));
        assertThat(snapshot.setsTotal()).isEqualTo(2);
        assertThat(snapshot.repsTotal()).isEqualTo(2);
        assertThat(snapshot.holdsCounted()).isZero();
        assertThat(snapshot.setsCompleted()).isZero();
        assertThat(snapshot.elapsed()).isZero();
    }

    @Test
    void theNextLineDuringGetReadyAnnouncesTheFirstHold() {
        Upcoming next = Walker.started(plan).snapshot().next();

        assertThat(next).isEqualTo(new Upcoming(Phase.HOLD, 0, "Name of bridge", 1, 1, Side.NONE,
                Duration.ofSeconds(10)));
    }

    @Test
    void theSessionIsNotStartedUntilStartIsCalled() {
        assertThat(new WorkoutSession(plan, new MutableClock()).isStarted()).isFalse();
    }
}

package app.backcoach.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultRecordsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private static CompletedSet set(int repsDone, int repsPlanned, List<Long> millis, Instant end) {
        return new CompletedSet("bridge", "Bridge", 1, 1, Side.NONE, repsDone, repsPlanned, 10, millis, T0, end);
    }

    @Test
    void aCompletedSetWithAllRepsIsNotPartial() {
        assertThat(set(2, 2, List.of(10_000L, 9_800L), T0.plusSeconds(30)).partial()).isFalse();
    }

    @Test
    void aCompletedSetWithFewerRepsThanPlannedIsPartial() {
        assertThat(set(1, 2, List.of(10_000L), T0.plusSeconds(30)).partial()).isTrue();
    }

    @Test
    void aCompletedSetNeedsOneMeasurementPerRep() {
        assertThatThrownBy(() -> set(2, 2, List.of(10_000L), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompletedSetCannotBeEmptyOrExceedThePlan() {
        assertThatThrownBy(() -> set(0, 2, List.of(), T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> set(3, 2, List.of(1L, 2L, 3L), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompletedSetCannotEndBeforeItStarted() {
        assertThatThrownBy(() -> set(1, 1, List.of(1L), T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompletedSetRejectsNegativeMeasurements() {
        assertThatThrownBy(() -> set(1, 1, List.of(-1L), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompletedSetKeepsAnImmutableCopyOfItsMeasurements() {
        List<Long> millis = new ArrayList<>(List.of(1L));
        CompletedSet set = set(1, 1, millis, T0);

        millis.add(2L);

        assertThat(set.measuredHoldMillis()).containsExactly(1L);
    }

    @Test
    void aRejectedPhaseResultCannotCarrySets() {
        CompletedSet set = set(1, 1, List.of(1L), T0);

        assertThatThrownBy(() -> new PhaseResult(PhaseResult.Outcome.TOO_EARLY, Duration.ZERO, List.of(set)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnAcceptedPhaseResultIsAccepted() {
        assertThat(PhaseResult.accepted(List.of()).isAccepted()).isTrue();
        assertThat(PhaseResult.rejected(PhaseResult.Outcome.PAUSED, Duration.ZERO).isAccepted()).isFalse();
    }
}

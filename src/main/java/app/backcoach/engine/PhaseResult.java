package app.backcoach.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Answer to a browser's "phase ended" report.
 *
 * @param remaining     for TOO_EARLY, how much of the phase the server still sees; otherwise zero
 * @param completedSets sets closed by the accepted transition; always empty when rejected
 */
public record PhaseResult(Outcome outcome, Duration remaining, List<CompletedSet> completedSets) {

    public enum Outcome {
        ACCEPTED,
        /** The server has not yet seen the phase run out (beyond the tolerance). */
        TOO_EARLY,
        /** The session is paused; the browser's countdown should be frozen too. */
        PAUSED,
        /** The workout is already DONE. */
        FINISHED
    }

    public PhaseResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(remaining, "remaining");
        completedSets = List.copyOf(completedSets);
        if (outcome != Outcome.ACCEPTED && !completedSets.isEmpty()) {
            throw new IllegalArgumentException("a rejected report cannot complete sets");
        }
    }

    static PhaseResult accepted(List<CompletedSet> completedSets) {
        return new PhaseResult(Outcome.ACCEPTED, Duration.ZERO, completedSets);
    }

    static PhaseResult rejected(Outcome outcome, Duration remaining) {
        return new PhaseResult(outcome, remaining, List.of());
    }

    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED;
    }
}

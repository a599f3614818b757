package app.backcoach.engine;

import app.backcoach.MutableClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives a session the way an honest browser would: wait out the phase, then report it. */
final class Walker {

    final MutableClock clock = new MutableClock();
    final WorkoutSession session;

    Walker(WorkoutPlan plan) {
        this.session = new WorkoutSession(plan, clock);
    }

    static Walker started(WorkoutPlan plan) {
        Walker walker = new Walker(plan);
        walker.session.start();
        return walker;
    }

    Snapshot snapshot() {
        return session.snapshot();
    }

    /** Waits out the current phase and reports it; the report must be accepted. */
    PhaseResult finishPhase() {
        Duration remaining = session.snapshot().remaining();
        clock.advance(remaining);
        PhaseResult result = session.phaseEnded(session.snapshot().phaseDuration().toMillis());
        assertThat(result.isAccepted()).as("report of " + label(snapshot())).isTrue();
        return result;
    }

    /** Finishes phases until the given phase is current. */
    Walker until(Phase phase) {
        while (session.snapshot().phase() != phase) {
            finishPhase();
        }
        return this;
    }

    /** Finishes the given number of phases. */
    Walker finishPhases(int count) {
        for (int i = 0; i < count; i++) {
            finishPhase();
        }
        return this;
    }

    /** Walks to DONE and returns the label of every phase seen, DONE included. */
    List<String> runToEnd() {
        List<String> labels = new ArrayList<>();
        while (session.snapshot().phase() != Phase.DONE) {
            labels.add(label(session.snapshot()));
            finishPhase();
        }
        labels.add(label(session.snapshot()));
        return labels;
    }

    /** Collects every set emitted while walking to DONE. */
    List<CompletedSet> collectSetsToEnd() {
        List<CompletedSet> sets = new ArrayList<>();
        while (session.snapshot().phase() != Phase.DONE) {
            sets.addAll(finishPhase().completedSets());
        }
        return sets;
    }

    String label() {
        return label(session.snapshot());
    }

    /** "PHASE e<exerciseIndex> s<set> r<rep> SIDE", the triple the tests compare. */
    static String label(Snapshot snapshot) {
        return "%s e%d s%d r%d %s".formatted(snapshot.phase(), snapshot.exerciseIndex(), snapshot.setNumber(),
                snapshot.repNumber(), snapshot.side());
    }
}

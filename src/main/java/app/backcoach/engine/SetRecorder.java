package app.backcoach.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Collects counted holds per set part (exercise, set, side) and turns them into {@link CompletedSet}s.
 * A part is emitted at most once; after that it is forgotten, so going back into it opens a fresh part
 * that only holds the reps redone (a new physical set, reported again).
 */
final class SetRecorder {

    private record PartKey(int exerciseIndex, int setNumber, Side side) {
        static final Comparator<PartKey> ORDER = Comparator.comparingInt(PartKey::exerciseIndex)
                .thenComparingInt(PartKey::setNumber)
                .thenComparing(PartKey::side);
    }

    private static final class OpenPart {
        private final PlannedExercise exercise;
        private final Instant startedAt;
        // Keyed by rep number so that redoing a rep after back() replaces it instead of adding one.
        private final Map<Integer, Long> holdMillisByRep = new TreeMap<>();

        private OpenPart(PlannedExercise exercise, Instant startedAt) {
            this.exercise = exercise;
            this.startedAt = startedAt;
        }
    }

    private final Map<PartKey, OpenPart> open = new TreeMap<>(PartKey.ORDER);
    private final List<CompletedSet> emitted = new ArrayList<>();
    private int holdsCounted;

    void recordHold(Step hold, PlannedExercise exercise, long measuredMillis, Instant holdStartedAt) {
        PartKey key = new PartKey(hold.exerciseIndex(), hold.setNumber(), hold.side());
        open.computeIfAbsent(key, ignored -> new OpenPart(exercise, holdStartedAt))
                .holdMillisByRep.put(hold.repNumber(), measuredMillis);
        holdsCounted++;
    }

    /** Closes the parts the given step finishes; call when leaving it forwards. */
    List<CompletedSet> closeAfter(Step leaving, Instant now) {
        List<CompletedSet> result = new ArrayList<>();
        for (Side side : leaving.closes()) {
            PartKey key = new PartKey(leaving.exerciseIndex(), leaving.setNumber(), side);
            close(key, now).ifPresent(result::add);
        }
        return result;
    }

    /** Closes every part that has reps, e.g. when the workout is finished early. */
    List<CompletedSet> closeAll(Instant now) {
        List<CompletedSet> result = new ArrayList<>();
        for (PartKey key : List.copyOf(open.keySet())) {
            close(key, now).ifPresent(result::add);
        }
        return result;
    }

    List<CompletedSet> emitted() {
        return List.copyOf(emitted);
    }

    int holdsCounted() {
        return holdsCounted;
    }

    private Optional<CompletedSet> close(PartKey key, Instant now) {
        OpenPart part = open.remove(key);
        if (part == null || part.holdMillisByRep.isEmpty()) {
            return Optional.empty();
        }
        CompletedSet set = new CompletedSet(
                part.exercise.slug(),
                part.exercise.name(),
                key.exerciseIndex() + 1,
                key.setNumber(),
                key.side(),
                part.holdMillisByRep.size(),
                part.exercise.reps(),
                part.exercise.holdSeconds(),
                List.copyOf(part.holdMillisByRep.values()),
                part.startedAt,
                now.isBefore(part.startedAt) ? part.startedAt : now);
        emitted.add(set);
        return Optional.of(set);
    }
}

package app.backcoach.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A set (or, for sided exercises, one side of a set) that was physically performed. Emitted once when the
 * set part is finished, skipped past with reps counted, or cut short by finishing early.
 *
 * @param exercisePosition   the exercise's place in the plan, from 1: with the set and the side it names the
 *                           set part once, also when an exercise appears twice
 * @param measuredHoldMillis one entry per counted rep, ordered by rep number
 * @param startedAt          start of the first counted hold
 * @param endedAt            the moment the set part was closed
 */
public record CompletedSet(
        String exerciseSlug,
        String exerciseName,
        int exercisePosition,
        int setNumber,
        Side side,
        int repsDone,
        int repsPlanned,
        int holdSecondsPlanned,
        List<Long> measuredHoldMillis,
        Instant startedAt,
        Instant endedAt) {

    public CompletedSet {
        if (exerciseSlug == null || exerciseSlug.isBlank()) {
            throw new IllegalArgumentException("exerciseSlug must not be blank");
        }
        if (exerciseName == null || exerciseName.isBlank()) {
            throw new IllegalArgumentException("exerciseName must not be blank");
        }
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        measuredHoldMillis = List.copyOf(measuredHoldMillis);
        if (exercisePosition < 1 || setNumber < 1 || repsPlanned < 1 || holdSecondsPlanned < 1) {
            throw new IllegalArgumentException(
                    "exercisePosition, setNumber, repsPlanned and holdSecondsPlanned must be >= 1");
        }
        if (repsDone < 1 || repsDone > repsPlanned || repsDone != measuredHoldMillis.size()) {
            throw new IllegalArgumentException("repsDone must be 1.." + repsPlanned
                    + " and match the " + measuredHoldMillis.size() + " measured holds, was " + repsDone);
        }
        if (measuredHoldMillis.stream().anyMatch(millis -> millis < 0)) {
            throw new IllegalArgumentException("measured holds must not be negative");
        }
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt must not be before startedAt");
        }
    }

    /** The part of the plan it fills, as the engine matches recorded sets when a workout resumes. */
    public RecordedSet recorded() {
        return new RecordedSet(exerciseSlug, setNumber, side);
    }

    public boolean partial() {
        return repsDone < repsPlanned;
    }
}

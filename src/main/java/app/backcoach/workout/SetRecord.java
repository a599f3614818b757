package app.backcoach.workout;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A stored set, as history and tests read it. */
public record SetRecord(String exerciseSlug, String exerciseName, int setNumber, String side, int repsDone,
                        int repsPlanned, int holdSecondsPlanned, List<Long> measuredHoldMillis, Instant startedAt,
                        Instant endedAt) {

    public SetRecord {
        measuredHoldMillis = List.copyOf(measuredHoldMillis);
    }

    static String formatMillis(List<Long> millis) {
        return millis.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Reads the stored form of the measured holds (milliseconds, comma-separated). */
    public static List<Long> parseMillis(String millis) {
        return millis == null || millis.isBlank() ? List.of() : Arrays.stream(millis.split(",")).map(Long::valueOf).toList();
    }
}

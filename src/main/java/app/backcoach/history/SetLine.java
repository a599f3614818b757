package app.backcoach.history;

import java.util.List;

/** One stored set of a workout, with the measured hold of each counted rep. */
public record SetLine(String exerciseSlug, String exerciseName, int setNumber, String side, int repsDone,
                      int repsPlanned, int holdSecondsPlanned, List<Long> measuredHoldMillis) {

    public SetLine {
        measuredHoldMillis = List.copyOf(measuredHoldMillis);
    }
}

package app.backcoach.history;

import app.backcoach.engine.Side;

import java.time.Instant;
import java.util.List;

/** One stored set of a workout, with the measured hold of each counted rep: what history shows and exports. */
public record SetLine(String exerciseKey, String exerciseName, int setNumber, Side side, int repsDone,
                      int repsPlanned, int holdSecondsPlanned, List<Long> measuredHoldMillis, Instant startedAt,
                      Instant endedAt) {

    public SetLine {
        measuredHoldMillis = List.copyOf(measuredHoldMillis);
    }
}

package app.backcoach.history;

import java.util.List;

/** A workout with its sets, in the order they were done. */
public record WorkoutDetail(HistoryEntry entry, List<SetLine> sets) {

    public WorkoutDetail {
        sets = List.copyOf(sets);
    }
}

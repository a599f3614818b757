package app.backcoach.history;

import java.time.Duration;
import java.time.Instant;

/**
 * One workout in the history list, with the pain rated before and after it ({@code null} where not rated). A
 * workout still running ends, for now, with its last set.
 */
public record HistoryEntry(long id, String routineName, Instant startedAt, Instant endedAt, String status,
                           int setsDone, int setsPlanned, Integer painBefore, Integer painAfter) {

    public boolean complete() {
        return "COMPLETED".equals(status);
    }

    public boolean inProgress() {
        return "IN_PROGRESS".equals(status);
    }

    public Duration duration() {
        return endedAt == null ? Duration.ZERO : Duration.between(startedAt, endedAt);
    }
}

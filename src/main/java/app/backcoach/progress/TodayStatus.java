package app.backcoach.progress;

/** Today's sessions against the person's daily target. */
/**
 * @param thisWeek the week under way
 */
public record TodayStatus(int sessions, int target, WeekSummary thisWeek) {

    public boolean targetReached() {
        return sessions >= target;
    }
}

package app.backcoach.progress;

/** Today's sessions against the person's daily target. */
public record TodayStatus(int sessions, int target) {

    public boolean targetReached() {
        return sessions >= target;
    }
}

package app.backcoach.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The person's reminders: their session times, whether walks are in their calendar too, the time zone the
 * calendar uses, and whether their calendar link is on.
 *
 * @param linkCreatedAt when the current calendar link was made; {@code null} while there is none
 */
public record Reminders(List<LocalTime> sessionTimes, boolean walks, ZoneId zone, Instant linkCreatedAt) {

    public Reminders {
        sessionTimes = List.copyOf(sessionTimes);
    }

    public boolean linkOn() {
        return linkCreatedAt != null;
    }
}

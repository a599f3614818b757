package app.backcoach.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** What a calendar link's feed holds: one person's reminders, found by the link's token. */
record FeedContent(long userId, List<LocalTime> sessionTimes, boolean walks, ZoneId zone, Instant changedAt) {
}

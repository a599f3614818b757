package app.backcoach.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What a calendar link's feed holds: one person's reminders, found by the link's token, and the language of its
 * entries.
 */
record FeedContent(long userId, List<LocalTime> sessionTimes, boolean walks, ZoneId zone, Instant changedAt,
                   Locale language) {
}

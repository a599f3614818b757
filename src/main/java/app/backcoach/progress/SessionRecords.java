package app.backcoach.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What progress needs to read of the signed-in person's workouts: sessions (workouts with at least one set)
 * grouped by local day. The workout feature, which owns those records, answers it.
 */
public interface SessionRecords {

    /** Per local day (in the zone) of the workouts started in the range: sessions, sets and seconds exercised. */
    Map<LocalDate, DayFigures> sessionsPerDay(ZoneId zone, Instant from, Instant until);

    /** Per week starting on {@code firstDay}: the number of days with a session, over all history. */
    Map<LocalDate, Integer> activeDaysPerWeek(ZoneId zone, DayOfWeek firstDay);

    record DayFigures(int sessions, int sets, long seconds) {
    }
}

package app.backcoach.progress;

import java.time.LocalDate;

/**
 * One week of a person's exercise, in their time zone, from the first day of their locale's week.
 *
 * @param sessions workouts with at least one set done
 * @param activeDays days with at least one such workout
 */
public record WeekSummary(LocalDate weekStart, int sessions, int sets, int minutes, int activeDays) {
}

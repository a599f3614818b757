package app.backcoach.settings;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.util.Locale;

/**
 * What progress needs to know about a person: their time zone (days start at their midnight), their
 * locale (which day starts their week), their daily session target and their weekly goal in active days.
 */
public record Preferences(ZoneId zone, Locale locale, int dailyTarget, int weeklyGoalDays) {

    /** Sessions a week that meet the daily target every day. */
    public int weeklyTarget() {
        return dailyTarget * 7;
    }

    public static final int MIN_DAILY_TARGET = 1;
    public static final int MAX_DAILY_TARGET = 6;
    public static final int MIN_WEEKLY_GOAL_DAYS = 1;
    public static final int MAX_WEEKLY_GOAL_DAYS = 7;

    public DayOfWeek firstDayOfWeek() {
        return WeekFields.of(locale).getFirstDayOfWeek();
    }
}

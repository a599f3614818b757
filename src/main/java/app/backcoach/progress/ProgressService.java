package app.backcoach.progress;

import app.backcoach.progress.SessionRecords.DayFigures;
import app.backcoach.settings.Preferences;
import app.backcoach.settings.UserSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weekly progress from the person's sessions per local day (in their time zone), read through
 * {@link SessionRecords}. A session is a workout with at least one set done; it counts for the local day on
 * which it started.
 */
@Service
public class ProgressService {

    private final SessionRecords records;
    private final UserSettingsService settings;
    private final Clock clock;

    ProgressService(SessionRecords records, UserSettingsService settings, Clock clock) {
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TodayStatus today() {
        Preferences preferences = settings.preferences();
        LocalDate today = LocalDate.ofInstant(clock.instant(), preferences.zone());
        int sessions = perDay(preferences, today, today.plusDays(1)).values().stream()
                .mapToInt(DayFigures::sessions).sum();
        return new TodayStatus(sessions, preferences.dailyTarget(), lastWeeks(1).getLast());
    }

    /** The last {@code count} weeks, oldest first; the last one is the week under way. */
    @Transactional(readOnly = true)
    public List<WeekSummary> lastWeeks(int count) {
        Preferences preferences = settings.preferences();
        LocalDate thisWeek = weekStart(LocalDate.ofInstant(clock.instant(), preferences.zone()), preferences);
        LocalDate from = thisWeek.minusWeeks(count - 1L);
        TreeMap<LocalDate, DayFigures> days = perDay(preferences, from, thisWeek.plusWeeks(1));
        List<WeekSummary> weeks = new ArrayList<>();
        for (LocalDate week = from; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            weeks.add(summarise(week, days.subMap(week, week.plusWeeks(1)).values()));
        }
        return weeks;
    }

    @Transactional(readOnly = true)
    public Streak streak() {
        Preferences preferences = settings.preferences();
        LocalDate thisWeek = weekStart(LocalDate.ofInstant(clock.instant(), preferences.zone()), preferences);
        Map<LocalDate, Integer> activeDays = records.activeDaysPerWeek(preferences.zone(), preferences.firstDayOfWeek());
        int goal = preferences.weeklyGoalDays();
        int weeks = activeDays.getOrDefault(thisWeek, 0) >= goal ? 1 : 0;
        LocalDate week = thisWeek.minusWeeks(1);
        while (activeDays.getOrDefault(week, 0) >= goal) {
            weeks++;
            week = week.minusWeeks(1);
        }
        boolean missedLastWeek = activeDays.getOrDefault(thisWeek.minusWeeks(1), 0) < goal;
        boolean hadEarlierWeeks = activeDays.keySet().stream().anyMatch(w -> w.isBefore(thisWeek.minusWeeks(1)));
        return new Streak(weeks, goal, missedLastWeek && hadEarlierWeeks && weeks == 0);
    }

    static LocalDate weekStart(LocalDate day, Preferences preferences) {
        DayOfWeek first = preferences.firstDayOfWeek();
        return day.with(TemporalAdjusters.previousOrSame(first));
    }

    private TreeMap<LocalDate, DayFigures> perDay(Preferences preferences, LocalDate from, LocalDate until) {
        return new TreeMap<>(records.sessionsPerDay(preferences.zone(), from.atStartOfDay(preferences.zone()).toInstant(),
                until.atStartOfDay(preferences.zone()).toInstant()));
    }

    private static WeekSummary summarise(LocalDate week, java.util.Collection<DayFigures> days) {
        int sessions = days.stream().mapToInt(DayFigures::sessions).sum();
        int sets = days.stream().mapToInt(DayFigures::sets).sum();
        long seconds = days.stream().mapToLong(DayFigures::seconds).sum();
        return new WeekSummary(week, sessions, sets, (int) Math.round(seconds / 60.0), days.size());
    }
}

package app.backcoach.progress;

import app.backcoach.security.CurrentUser;
import app.backcoach.settings.Preferences;
import app.backcoach.settings.UserSettingsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weekly progress, computed in SQL: the database groups a person's workouts by their local day (in their
 * time zone), so only one row per day of the asked range reaches Java, however long the history.
 * A session is a workout with at least one set done; it counts for the local day on which it started.
 */
@Service
public class ProgressService {

    /** Per local day: sessions, sets and seconds exercised, for one person and a range of instants. */
    private static final String PER_DAY = """
            select cast(formatdatetime(w.started_at, 'yyyy-MM-dd', 'en', ?) as date) as local_day, count(*) as sessions, sum(s.sets) as sets,
                   sum(datediff('SECOND', w.started_at, coalesce(w.ended_at, s.last_end))) as seconds
            from workout w
            join (select workout_id, count(*) as sets, max(ended_at) as last_end
                  from workout_set where user_id = ? and started_at >= ? and started_at < ?
                  group by workout_id) s on s.workout_id = w.id
            where w.user_id = ? and w.started_at >= ? and w.started_at < ?
            group by local_day""";

    /** Per week (starting on the given ISO day of week): the number of active days, over all history. */
    private static final String ACTIVE_DAYS_PER_WEEK = """
            select dateadd(day, -mod(iso_day_of_week(local_day) - ? + 7, 7), local_day) as week_start, count(*) as active_days
            from (select distinct cast(formatdatetime(w.started_at, 'yyyy-MM-dd', 'en', ?) as date) as local_day
                  from workout w
                  where w.user_id = ? and exists (select 1 from workout_set s where s.workout_id = w.id))
            group by week_start
            order by week_start desc""";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserSettingsService settings;
    private final Clock clock;

    ProgressService(JdbcTemplate jdbc, CurrentUser currentUser, UserSettingsService settings, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TodayStatus today() {
        Preferences preferences = settings.preferences();
        LocalDate today = LocalDate.ofInstant(clock.instant(), preferences.zone());
        int sessions = perDay(preferences, today, today.plusDays(1)).values().stream()
                .mapToInt(DayFigures::sessions).sum();
        return new TodayStatus(sessions, preferences.dailyTarget());
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
        Map<LocalDate, Integer> activeDays = new TreeMap<>();
        jdbc.query(ACTIVE_DAYS_PER_WEEK, rs -> {
            activeDays.put(rs.getObject("week_start", LocalDate.class), rs.getInt("active_days"));
        }, preferences.firstDayOfWeek().getValue(), preferences.zone().getId(), currentUser.id());
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
        // a generous instant range around the local days; the grouping by local day decides what counts
        Timestamp start = Timestamp.from(from.atStartOfDay(preferences.zone()).toInstant());
        Timestamp end = Timestamp.from(until.atStartOfDay(preferences.zone()).toInstant());
        long userId = currentUser.id();
        TreeMap<LocalDate, DayFigures> days = new TreeMap<>();
        jdbc.query(PER_DAY, rs -> {
            days.put(rs.getObject("local_day", LocalDate.class), new DayFigures(rs.getInt("sessions"), rs.getInt("sets"),
                    rs.getLong("seconds")));
        }, preferences.zone().getId(), userId, start, Timestamp.from(end.toInstant().plusSeconds(86_400)), userId,
                start, end);
        return days;
    }

    private static WeekSummary summarise(LocalDate week, java.util.Collection<DayFigures> days) {
        int sessions = days.stream().mapToInt(DayFigures::sessions).sum();
        int sets = days.stream().mapToInt(DayFigures::sets).sum();
        long seconds = days.stream().mapToLong(DayFigures::seconds).sum();
        return new WeekSummary(week, sessions, sets, (int) Math.round(seconds / 60.0), days.size());
    }

    private record DayFigures(int sessions, int sets, long seconds) {
    }
}

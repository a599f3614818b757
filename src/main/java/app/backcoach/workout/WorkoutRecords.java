package app.backcoach.workout;

import app.backcoach.base.Rows;
import app.backcoach.engine.Side;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryService;
import app.backcoach.history.SetLine;
import app.backcoach.history.WorkoutDetail;
import app.backcoach.progress.SessionRecords;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.DailyPain;
import app.backcoach.safety.Hurt;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.PainPair;
import app.backcoach.safety.PainRecords;
import app.backcoach.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The read side of the workout tables, the only place outside this feature's own repositories that reads
 * them: it answers what history ({@link HistoryService}), the stop rules ({@link PainRecords}) and progress
 * ({@link SessionRecords}) ask of the signed-in person's workouts. Read-only SQL, every query scoped to the
 * person. The SQL is portable (H2 and PostgreSQL); grouping by the person's calendar day happens here in
 * Java, with Java's time-zone rules, so both databases give the same days (decision 18).
 */
@Service
@Transactional(readOnly = true)
class WorkoutRecords implements HistoryService, PainRecords, SessionRecords {

    private static final String ENTRY_COLUMNS = """
            w.id, w.routine_id, w.routine_name, w.started_at, w.status, w.sets_planned, w.pain_before, w.pain_after,
            coalesce(w.ended_at, (select max(e.ended_at) from workout_set e where e.workout_id = w.id)) as ended_at,
            (select count(*) from workout_set s where s.workout_id = w.id) as sets_done""";

    private static final String SET_COLUMNS = """
            s.exercise_slug, s.exercise_name, s.set_number, s.side, s.reps_done, s.reps_planned,
            s.hold_seconds_planned, s.measured_hold_millis, s.started_at as set_started_at,
            s.ended_at as set_ended_at""";

    /** A workout as recorded: its routine's name as it was when it started (the export's). */
    private static final RowMapper<HistoryEntry> ENTRY = (rs, row) -> entry(rs, rs.getString("routine_name"));

    /** A set as recorded: its exercise's name as it was then (the export's). */
    private static final RowMapper<SetLine> SET = (rs, row) -> set(rs, rs.getString("exercise_name"));

    /** The workouts with at least one set in a range of instants: start, end (or last set's end), sets. */
    private static final String SESSIONS_IN_RANGE = """
            select w.started_at, coalesce(w.ended_at, s.last_end) as ended_at, s.sets
            from workout w
            join (select workout_id, count(*) as sets, max(ended_at) as last_end
                  from workout_set where user_id = ? and started_at >= ? and started_at < ?
                  group by workout_id) s on s.workout_id = w.id
            where w.user_id = ? and w.started_at >= ? and w.started_at < ?""";

    /** When each workout with at least one set started, over all history. */
    private static final String STARTS_WITH_SETS = """
            select w.started_at from workout w
            where w.user_id = ? and exists (select 1 from workout_set s where s.workout_id = w.id)""";

    /** The ratings of workouts in a range of instants. */
    private static final String RATINGS_IN_RANGE = """
            select started_at, pain_before, pain_after
            from workout
            where user_id = ? and started_at >= ? and started_at < ?
              and (pain_before is not null or pain_after is not null)""";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final RoutineService routines;
    private final ExerciseService exercises;

    /**
     * A workout as the page shows it: a built-in routine by its current name in the page's language (it is
     * recorded under the English name it had then); a person's own routine by the name it had then.
     */
    private final RowMapper<HistoryEntry> shownEntry;
    /** A set as the page shows it: a catalogue exercise by its current name in the page's language. */
    private final RowMapper<SetLine> shownSet;

    WorkoutRecords(JdbcTemplate jdbc, CurrentUser currentUser, RoutineService routines, ExerciseService exercises) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.routines = routines;
        this.exercises = exercises;
        this.shownEntry = (rs, row) -> {
            Long routineId = rs.getObject("routine_id", Long.class);
            String recorded = rs.getString("routine_name");
            return entry(rs, routineId == null ? recorded : this.routines.builtInName(routineId).orElse(recorded));
        };
        this.shownSet = (rs, row) -> set(rs, this.exercises.findBySlug(rs.getString("exercise_slug"))
                .map(ExerciseInfo::name).orElse(rs.getString("exercise_name")));
    }

    private static HistoryEntry entry(ResultSet rs, String routineName) throws SQLException {
        return new HistoryEntry(rs.getLong("id"), routineName, Rows.instant(rs, "started_at"),
                Rows.instant(rs, "ended_at"), rs.getString("status"), rs.getInt("sets_done"), rs.getInt("sets_planned"),
                rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class));
    }

    private static SetLine set(ResultSet rs, String exerciseName) throws SQLException {
        return new SetLine(rs.getString("exercise_slug"), exerciseName, rs.getInt("set_number"),
                Side.valueOf(rs.getString("side")), rs.getInt("reps_done"), rs.getInt("reps_planned"),
                rs.getInt("hold_seconds_planned"), WorkoutSet.MillisList.parse(rs.getString("measured_hold_millis")),
                Rows.instant(rs, "set_started_at"), Rows.instant(rs, "set_ended_at"));
    }

    // history

    @Override
    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from workout where user_id = ?", Integer.class,
                currentUser.id());
        return count == null ? 0 : count;
    }

    @Override
    public List<HistoryEntry> page(int offset, int limit) {
        return jdbc.query("select " + ENTRY_COLUMNS + " from workout w where w.user_id = ? "
                        + "order by w.started_at desc, w.id desc offset ? rows fetch next ? rows only", shownEntry,
                currentUser.id(), Math.max(0, offset), Math.max(0, limit));
    }

    @Override
    public Optional<Long> latestRoutineId() {
        return jdbc.queryForList("""
                select routine_id from workout where user_id = ? and routine_id is not null
                order by started_at desc, id desc fetch first 1 row only""", Long.class, currentUser.id())
                .stream().findFirst();
    }

    @Override
    public List<Long> routinesDoneBetween(Instant from, Instant until) {
        return jdbc.query("""
                        select routine_id, max(started_at) as last_done from workout
                        where user_id = ? and routine_id is not null and started_at >= ? and started_at < ?
                        group by routine_id order by last_done desc, routine_id""",
                (rs, row) -> rs.getLong("routine_id"), currentUser.id(), Timestamp.from(from), Timestamp.from(until));
    }

    @Override
    public boolean exists(long workoutId) {
        return !jdbc.queryForList("select 1 from workout where id = ? and user_id = ?", Integer.class, workoutId,
                currentUser.id()).isEmpty();
    }

    @Override
    public Optional<WorkoutDetail> detail(long workoutId) {
        long userId = currentUser.id();
        return jdbc.query("select " + ENTRY_COLUMNS + " from workout w where w.id = ? and w.user_id = ?", shownEntry,
                workoutId, userId).stream().findFirst().map(entry -> new WorkoutDetail(entry, jdbc.query(
                "select " + SET_COLUMNS + " from workout_set s where s.workout_id = ? and s.user_id = ? "
                        + "order by s.started_at, s.id", shownSet, workoutId, userId)));
    }

    @Override
    public void eachWorkout(Consumer<WorkoutDetail> action) {
        long userId = currentUser.id();
        List<SetLine> sets = new ArrayList<>();
        HistoryEntry[] current = {null};
        jdbc.query("select " + ENTRY_COLUMNS + ", " + SET_COLUMNS + """
                 from workout w join workout_set s on s.workout_id = w.id
                where w.user_id = ? and s.user_id = ?
                order by w.started_at, w.id, s.started_at, s.id""", (ResultSet rs) -> {
            HistoryEntry entry = ENTRY.mapRow(rs, 0);
            if (current[0] != null && current[0].id() != entry.id()) {
                action.accept(new WorkoutDetail(current[0], sets));
                sets.clear();
            }
            current[0] = entry;
            sets.add(SET.mapRow(rs, 0));
        }, userId, userId);
        if (current[0] != null) {
            action.accept(new WorkoutDetail(current[0], sets));
        }
    }

    // the stop rules

    @Override
    public List<PainPair> latestRated(Instant since, int limit) {
        return jdbc.query("""
                        select pain_before, pain_after from workout
                        where user_id = ? and pain_before is not null and pain_after is not null and started_at >= ?
                        order by started_at desc, id desc
                        limit ?""", (rs, row) -> new PainPair(rs.getInt("pain_before"), rs.getInt("pain_after")),
                currentUser.id(), Timestamp.from(since), limit);
    }

    @Override
    public List<Integer> latestBefore(Instant since, int limit) {
        return jdbc.query("""
                        select pain_before from workout
                        where user_id = ? and pain_before is not null and started_at >= ?
                        order by started_at desc, id desc
                        limit ?""", (rs, row) -> rs.getInt("pain_before"), currentUser.id(), Timestamp.from(since), limit);
    }

    @Override
    public List<Rating> ratedAfterSince(Instant since) {
        return jdbc.query("""
                        select pain_before, pain_after from workout
                        where user_id = ? and pain_after is not null and started_at >= ?""",
                (rs, row) -> new Rating(rs.getObject("pain_before", Integer.class), rs.getInt("pain_after")),
                currentUser.id(), Timestamp.from(since));
    }

    @Override
    public int hurtsSince(Instant since) {
        Integer count = jdbc.queryForObject("select count(*) from hurt_report where user_id = ? and reported_at >= ?",
                Integer.class, currentUser.id(), Timestamp.from(since));
        return count == null ? 0 : count;
    }

    @Override
    public List<RatedWorkout> ratedBetween(Instant from, Instant until) {
        return jdbc.query("""
                        select started_at, pain_before, pain_after, leg_symptoms from workout
                        where user_id = ? and started_at >= ? and started_at < ?
                          and (pain_before is not null or pain_after is not null or leg_symptoms is not null)
                        order by started_at, id""",
                (rs, row) -> new RatedWorkout(Rows.instant(rs, "started_at"), rs.getObject("pain_before", Integer.class),
                        rs.getObject("pain_after", Integer.class), rs.getString("leg_symptoms") == null ? null
                        : LegSymptoms.valueOf(rs.getString("leg_symptoms"))),
                currentUser.id(), Timestamp.from(from), Timestamp.from(until));
    }

    @Override
    public List<HurtReported> hurtsBetween(Instant from, Instant until) {
        return jdbc.query("""
                        select reported_at, kind from hurt_report
                        where user_id = ? and reported_at >= ? and reported_at < ?
                        order by reported_at, id""",
                (rs, row) -> new HurtReported(Rows.instant(rs, "reported_at"), Hurt.valueOf(rs.getString("kind"))),
                currentUser.id(), Timestamp.from(from), Timestamp.from(until));
    }

    @Override
    public List<DailyPain> painPerDay(ZoneId zone, LocalDate from, LocalDate to) {
        Map<LocalDate, double[]> sums = new TreeMap<>(); // before sum, before count, after sum, after count
        jdbc.query(RATINGS_IN_RANGE, (ResultSet rs) -> {
            double[] day = sums.computeIfAbsent(localDay(rs, "started_at", zone), d -> new double[4]);
            Integer before = rs.getObject("pain_before", Integer.class);
            Integer after = rs.getObject("pain_after", Integer.class);
            if (before != null) {
                day[0] += before;
                day[1]++;
            }
            if (after != null) {
                day[2] += after;
                day[3]++;
            }
        }, currentUser.id(), Timestamp.from(from.atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        List<DailyPain> days = new ArrayList<>();
        sums.forEach((day, sum) -> days.add(new DailyPain(day, sum[1] == 0 ? null : sum[0] / sum[1],
                sum[3] == 0 ? null : sum[2] / sum[3])));
        return days;
    }

    // progress

    @Override
    public Map<LocalDate, DayFigures> sessionsPerDay(ZoneId zone, Instant from, Instant until) {
        // the sets' range reaches a day further: a session that started before the end may end after it
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(until);
        long userId = currentUser.id();
        Map<LocalDate, DayFigures> days = new TreeMap<>();
        jdbc.query(SESSIONS_IN_RANGE, (ResultSet rs) -> {
            Instant started = Rows.instant(rs, "started_at");
            Instant ended = Rows.instant(rs, "ended_at");
            // whole seconds on the clock, as a watch counts them
            long seconds = ChronoUnit.SECONDS.between(started.truncatedTo(ChronoUnit.SECONDS),
                    ended.truncatedTo(ChronoUnit.SECONDS));
            days.merge(started.atZone(zone).toLocalDate(), new DayFigures(1, rs.getInt("sets"), seconds),
                    (a, b) -> new DayFigures(a.sessions() + b.sessions(), a.sets() + b.sets(), a.seconds() + b.seconds()));
        }, userId, start, Timestamp.from(until.plusSeconds(86_400)), userId, start, end);
        return days;
    }

    @Override
    public Map<LocalDate, Integer> activeDaysPerWeek(ZoneId zone, DayOfWeek firstDay) {
        Set<LocalDate> activeDays = new HashSet<>();
        jdbc.query(STARTS_WITH_SETS, (ResultSet rs) -> {
            activeDays.add(localDay(rs, "started_at", zone));
        }, currentUser.id());
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        for (LocalDate day : activeDays) {
            weeks.merge(day.with(TemporalAdjusters.previousOrSame(firstDay)), 1, Integer::sum);
        }
        return weeks;
    }

    /** The person's calendar day of an instant, by Java's time-zone rules (the same on every database). */
    private static LocalDate localDay(ResultSet rs, String column, ZoneId zone) throws SQLException {
        return Rows.instant(rs, column).atZone(zone).toLocalDate();
    }
}

package app.backcoach.history;

import app.backcoach.security.CurrentUser;
import app.backcoach.workout.SetRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a person did: their workouts, newest first, one page at a time, and each workout's sets.
 * Read-only SQL over the workout tables; every query is scoped to the signed-in person.
 */
@Service
public class HistoryService {

    private static final String ENTRY_COLUMNS = """
            w.id, w.routine_name, w.started_at, w.ended_at, w.status, w.sets_planned, w.pain_before, w.pain_after,
            (select count(*) from workout_set s where s.workout_id = w.id) as sets_done""";

    private static final RowMapper<HistoryEntry> ENTRY = (rs, row) -> new HistoryEntry(rs.getLong("id"),
            rs.getString("routine_name"), instant(rs.getObject("started_at", OffsetDateTime.class)),
            instant(rs.getObject("ended_at", OffsetDateTime.class)), rs.getString("status"),
            rs.getInt("sets_done"), rs.getInt("sets_planned"), rs.getObject("pain_before", Integer.class),
            rs.getObject("pain_after", Integer.class));

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    HistoryService(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from workout where user_id = ?", Integer.class,
                currentUser.id());
        return count == null ? 0 : count;
    }

    /** One page of the person's workouts, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> page(int offset, int limit) {
        return jdbc.query("select " + ENTRY_COLUMNS + " from workout w where w.user_id = ? "
                + "order by w.started_at desc, w.id desc offset ? rows fetch next ? rows only", ENTRY,
                currentUser.id(), Math.max(0, offset), Math.max(0, limit));
    }

    /** The routine of the person's most recent workout that still exists. */
    @Transactional(readOnly = true)
    public Optional<Long> latestRoutineId() {
        return jdbc.queryForList("""
                select routine_id from workout where user_id = ? and routine_id is not null
                order by started_at desc, id desc fetch first 1 row only""", Long.class, currentUser.id())
                .stream().findFirst();
    }

    /** Whether the person has a workout with this id (a cheap check, for HTTP statuses). */
    @Transactional(readOnly = true)
    public boolean exists(long workoutId) {
        return !jdbc.queryForList("select 1 from workout where id = ? and user_id = ?", Integer.class, workoutId,
                currentUser.id()).isEmpty();
    }

    /** One of the person's workouts with its sets; empty for an unknown id or someone else's. */
    @Transactional(readOnly = true)
    public Optional<WorkoutDetail> detail(long workoutId) {
        long userId = currentUser.id();
        return jdbc.query("select " + ENTRY_COLUMNS + " from workout w where w.id = ? and w.user_id = ?", ENTRY,
                workoutId, userId).stream().findFirst().map(entry -> new WorkoutDetail(entry, jdbc.query("""
                select exercise_slug, exercise_name, set_number, side, reps_done, reps_planned, hold_seconds_planned,
                       measured_hold_millis
                from workout_set where workout_id = ? and user_id = ? order by started_at, id""",
                (rs, row) -> new SetLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), SetRecord.parseMillis(rs.getString(8))), workoutId, userId)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

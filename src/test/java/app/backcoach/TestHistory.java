package app.backcoach;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Writes workouts with sets straight into the database, for history and progress tests and benchmarks. */
public final class TestHistory {

    private TestHistory() {
    }

    /** A finished workout of the built-in "Quick relief" routine with {@code sets} sets of 10 reps. */
    public static long workout(JdbcTemplate jdbc, long userId, Instant startedAt, Duration length, int sets,
                               String status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into workout (user_id, routine_id, routine_name, started_at, ended_at, status, sets_planned)
                    values (?, 1, 'Quick relief', ?, ?, ?, 8)""", new String[] {"id"});
            insert.setLong(1, userId);
            insert.setTimestamp(2, Timestamp.from(startedAt));
            insert.setTimestamp(3, Timestamp.from(startedAt.plus(length)));
            insert.setString(4, status);
            return insert;
        }, key);
        long workoutId = Objects.requireNonNull(key.getKey()).longValue();
        for (int set = 0; set < sets; set++) {
            Instant setStart = startedAt.plusSeconds(60L * set);
            jdbc.update("""
                    insert into workout_set (workout_id, user_id, exercise_slug, exercise_name, set_number, side,
                        reps_done, reps_planned, hold_seconds_planned, measured_hold_millis, started_at, ended_at)
                    values (?, ?, 'pelvic-tilt', 'Pelvic tilt', ?, 'NONE', 10, 10, 5,
                        '5010,5003,4998,5001,5002,5000,4999,5004,5001,5000', ?, ?)""",
                    workoutId, userId, set + 1, Timestamp.from(setStart), Timestamp.from(setStart.plusSeconds(50)));
        }
        return workoutId;
    }

    /** Sets the pain rated before and after a workout (either may be {@code null}). */
    public static void ratePain(JdbcTemplate jdbc, long workoutId, Integer before, Integer after) {
        jdbc.update("update workout set pain_before = ?, pain_after = ? where id = ?", before, after, workoutId);
    }
}

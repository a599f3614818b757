package app.backcoach;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/** Makes short routines of a person's own for tests (there is no routine editor yet). */
public final class TestRoutines {

    private TestRoutines() {
    }

    /** A routine of one exercise, owned by the user; returns its id, which is also its URL key. */
    public static long create(JdbcTemplate jdbc, long userId, String name, String exerciseSlug, int holdSeconds,
                              int reps, int sets, int restSeconds) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "insert into routine (user_id, name, description, created_at) values (?, ?, null, ?)",
                    new String[] {"id"});
            insert.setLong(1, userId);
            insert.setString(2, name);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            return insert;
        }, key);
        long routineId = Objects.requireNonNull(key.getKey()).longValue();
        jdbc.update("""
                insert into routine_exercise (routine_id, position, exercise_id, hold_seconds, reps, sets, rest_seconds, side_mode)
                select ?, 0, id, ?, ?, ?, ?, side_mode from exercise where slug = ?""",
                routineId, holdSeconds, reps, sets, restSeconds, exerciseSlug);
        return routineId;
    }
}

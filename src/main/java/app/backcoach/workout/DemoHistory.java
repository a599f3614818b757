package app.backcoach.workout;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Only in the {@code demo} profile: five weeks of sample workouts for the demo account, so that Today,
 * History and Progress have something to show. Made once, when the account has no workouts yet.
 */
@Component
@Profile("demo")
public class DemoHistory {

    private static final int DAYS = 35;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many days back the sample workouts reach. */
    public static int days() {
        return DAYS;
    }

    /** Adds the sample workouts for the account, unless it has workouts; returns whether it added them. */
    @Transactional
    public boolean seed(long userId) {
        if (jdbc.queryForObject("select count(*) from workout where user_id = ?", Integer.class, userId) > 0) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        for (int back = DAYS; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            // most days two sessions, some days one, a few days none: a believable recovery
            int sessions = back % 7 == 3 ? 0 : back % 5 == 1 ? 1 : 2;
            for (int session = 0; session < sessions; session++) {
                Instant start = day.atTime(session == 0 ? 8 : 18, 15).atZone(ZoneId.systemDefault()).toInstant();
                if (start.isBefore(clock.instant())) {
                    // pain that eases over the weeks, and a point lower after a session than before it
                    int before = Math.max(1, 2 + back * 5 / DAYS + (back + session) % 2);
                    workout(userId, start, back % 9 == 4 && session == 1, before, before - 1);
                }
            }
        }
        return true;
    }
    private void workout(long userId, Instant start, boolean partial, int painBefore, int painAfter) {
        jdbc.update("""
                insert into workout (user_id, routine_id, routine_name, started_at, ended_at, status, sets_planned,
                    pain_before, pain_after)
                values (?, 1, 'Gentle start', ?, ?, ?, 6, ?, ?)""", userId, Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofMinutes(partial ? 4 : 11))), partial ? "PARTIAL" : "COMPLETED",
                painBefore, painAfter);
        long workoutId = jdbc.queryForObject("select max(id) from workout where user_id = ?", Long.class, userId);
        String[][] exercises = {{"pelvic-tilt", "Pelvic tilt", "5", "10", "NONE"},
                {"knee-to-chest", "Knee-to-chest (single)", "15", "3", "LEFT"},
                {"knee-to-chest", "Knee-to-chest (single)", "15", "3", "RIGHT"}};
        int sets = partial ? 2 : 6;
        for (int set = 0; set < sets; set++) {
            String[] exercise = exercises[set / 2 % exercises.length];
            int reps = Integer.parseInt(exercise[3]);
            long hold = Long.parseLong(exercise[2]) * 1000;
            String measured = String.join(",", java.util.Collections.nCopies(reps, String.valueOf(hold + 4)));
            Instant setStart = start.plusSeconds(80L * set);
            jdbc.update("""
                    insert into workout_set (workout_id, user_id, exercise_slug, exercise_name, set_number, side,
                        reps_done, reps_planned, hold_seconds_planned, measured_hold_millis, started_at, ended_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", workoutId, userId, exercise[0], exercise[1],
                    set % 2 + 1, exercise[4], reps, reps, Integer.parseInt(exercise[2]), measured,
                    Timestamp.from(setStart), Timestamp.from(setStart.plusSeconds(70)));
        }
    }
}

package app.backcoach.workout;

import app.backcoach.base.PersonalData;
import app.backcoach.base.Rows;
import app.backcoach.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Workouts' part of "Download all my data": every workout, oldest first, with its pain ratings, its sets and
 * its "This hurts" reports.
 */
@Component
@Order(4)
class WorkoutData implements PersonalData {

    /**
     * @param routineId   the routine it ran: one of the person's own routines, a built-in one, or {@code null}
     *                    when the routine has been deleted since
     * @param interrupted left without its end (page closed, server stopped)
     * @param attempt     how often it ran: each resume after an interruption counts one more
     */
    record WorkoutRow(long id, Long routineId, String routineName, Instant startedAt, Instant endedAt, String status,
                      int setsPlanned, Integer painBefore, Integer painAfter, String legSymptoms, boolean interrupted,
                      int attempt, List<SetRow> sets, List<HurtRow> hurtReports) {
    }

    /** @param measuredHoldMillis the measured hold of each counted rep, in milliseconds */
    record SetRow(String exercise, String exerciseName, Integer exercisePosition, int setNumber, String side,
                  int repsDone, int repsPlanned, int holdSecondsPlanned, List<Long> measuredHoldMillis,
                  Instant startedAt, Instant endedAt) {
    }

    /** "This hurts", pressed during the exercise: {@code SHARP}, {@code SPREADING} or {@code OTHER} */
    record HurtRow(String exercise, String kind, Instant reportedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    WorkoutData(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "workouts";
    }

    @Override
    public List<WorkoutRow> export() {
        long userId = currentUser.id();
        Map<Long, List<SetRow>> sets = new HashMap<>();
        jdbc.query("""
                select workout_id, exercise_slug, exercise_name, exercise_position, set_number, side, reps_done,
                       reps_planned, hold_seconds_planned, measured_hold_millis, started_at, ended_at
                from workout_set where user_id = ? order by started_at, id""", rs -> {
            sets.computeIfAbsent(rs.getLong("workout_id"), id -> new ArrayList<>()).add(new SetRow(
                    rs.getString("exercise_slug"), rs.getString("exercise_name"),
                    rs.getObject("exercise_position", Integer.class), rs.getInt("set_number"), rs.getString("side"),
                    rs.getInt("reps_done"), rs.getInt("reps_planned"), rs.getInt("hold_seconds_planned"),
                    WorkoutSet.MillisList.parse(rs.getString("measured_hold_millis")),
                    Rows.instant(rs, "started_at"), Rows.instant(rs, "ended_at")));
        }, userId);
        Map<Long, List<HurtRow>> hurts = new HashMap<>();
        jdbc.query("""
                select workout_id, exercise_slug, kind, reported_at from hurt_report
                where user_id = ? order by reported_at, id""", rs -> {
            hurts.computeIfAbsent(rs.getLong("workout_id"), id -> new ArrayList<>()).add(new HurtRow(
                    rs.getString("exercise_slug"), rs.getString("kind"), Rows.instant(rs, "reported_at")));
        }, userId);
        return jdbc.query("""
                        select id, routine_id, routine_name, started_at, ended_at, status, sets_planned, pain_before,
                               pain_after, leg_symptoms, interrupted, attempt
                        from workout where user_id = ? order by started_at, id""",
                (rs, row) -> new WorkoutRow(rs.getLong("id"), rs.getObject("routine_id", Long.class),
                        rs.getString("routine_name"), Rows.instant(rs, "started_at"),
                        Rows.instant(rs, "ended_at"), rs.getString("status"), rs.getInt("sets_planned"),
                        rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class),
                        rs.getString("leg_symptoms"), rs.getBoolean("interrupted"), rs.getInt("attempt"),
                        sets.getOrDefault(rs.getLong("id"), List.of()), hurts.getOrDefault(rs.getLong("id"), List.of())),
                userId);
    }
}

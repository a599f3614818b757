package app.backcoach.routine;

import app.backcoach.base.PersonalData;
import app.backcoach.base.Rows;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routines' part of "Download all my data": the person's own routines with their exercises and doses (the
 * built-in routines belong to nobody and are left out).
 */
@Component
@Order(3)
class RoutineData implements PersonalData {

    /** @param id the number workouts of this routine name in their {@code routineId} */
    record OwnRoutine(long id, String name, String description, Instant createdAt, boolean progression,
                      Instant progressionSince, List<Item> exercises, List<Change> progressionChanges) {
    }

    /** An answer to a progression offer: accepted (one row per exercise whose reps went up) or declined. */
    record Change(Instant changedAt, boolean accepted, String exercise, Integer repsBefore, Integer repsAfter) {
    }

    /** @param exercise the exercise's key in the catalogue (its address in the library) */
    record Item(int position, String exercise, String exerciseName, int holdSeconds, int reps, int sets,
                int restSeconds, String sideMode) {
    }

    private final JdbcTemplate jdbc;
    private final ExerciseService exercises;
    private final CurrentUser currentUser;

    RoutineData(JdbcTemplate jdbc, ExerciseService exercises, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.exercises = exercises;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "routines";
    }

    @Override
    public List<OwnRoutine> export() {
        long userId = currentUser.id();
        Map<Long, ExerciseInfo> catalogue = exercises.byId();
        Map<Long, List<Item>> items = new LinkedHashMap<>();
        jdbc.query("""
                select e.routine_id, e.position, e.exercise_id, e.hold_seconds, e.reps, e.sets, e.rest_seconds,
                       e.side_mode
                from routine_exercise e join routine r on r.id = e.routine_id
                where r.user_id = ? order by e.routine_id, e.position""", rs -> {
            ExerciseInfo exercise = catalogue.get(rs.getLong("exercise_id"));
            items.computeIfAbsent(rs.getLong("routine_id"), id -> new ArrayList<>()).add(new Item(
                    rs.getInt("position"), exercise.slug(), exercise.name(), rs.getInt("hold_seconds"),
                    rs.getInt("reps"), rs.getInt("sets"), rs.getInt("rest_seconds"), rs.getString("side_mode")));
        }, userId);
        Map<Long, List<Change>> changes = new LinkedHashMap<>();
        jdbc.query("""
                select c.routine_id, c.changed_at, c.accepted, c.exercise_slug, c.reps_before, c.reps_after
                from progression_change c join routine r on r.id = c.routine_id
                where r.user_id = ? order by c.changed_at, c.id""", rs -> {
            changes.computeIfAbsent(rs.getLong("routine_id"), id -> new ArrayList<>()).add(new Change(
                    Rows.instant(rs, "changed_at"), rs.getBoolean("accepted"), rs.getString("exercise_slug"),
                    rs.getObject("reps_before", Integer.class), rs.getObject("reps_after", Integer.class)));
        }, userId);
        return jdbc.query("""
                        select id, name, description, created_at, progression, progression_since from routine
                        where user_id = ? order by created_at, id""",
                (rs, row) -> new OwnRoutine(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        Rows.instant(rs, "created_at"), rs.getBoolean("progression"),
                        Rows.instant(rs, "progression_since"),
                        items.getOrDefault(rs.getLong("id"), List.of()),
                        changes.getOrDefault(rs.getLong("id"), List.of())), userId);
    }
}

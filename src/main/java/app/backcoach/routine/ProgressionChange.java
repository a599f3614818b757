package app.backcoach.routine;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One answer to a progression offer: an accepted offer leaves one row per exercise whose reps went up, a
 * declined one a single row without an exercise.
 */
@Entity
@Table(name = "progression_change")
class ProgressionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long routineId;
    private Instant changedAt;
    private boolean accepted;
    private String exerciseSlug;
    private Integer repsBefore;
    private Integer repsAfter;

    protected ProgressionChange() {
    }

    private ProgressionChange(long routineId, Instant changedAt, boolean accepted, String exerciseSlug,
                              Integer repsBefore, Integer repsAfter) {
        this.routineId = routineId;
        this.changedAt = changedAt;
        this.accepted = accepted;
        this.exerciseSlug = exerciseSlug;
        this.repsBefore = repsBefore;
        this.repsAfter = repsAfter;
    }

    static ProgressionChange stepTaken(long routineId, Instant at, String exerciseSlug, int before, int after) {
        return new ProgressionChange(routineId, at, true, exerciseSlug, before, after);
    }

    static ProgressionChange declined(long routineId, Instant at) {
        return new ProgressionChange(routineId, at, false, null, null, null);
    }

    long getRoutineId() {
        return routineId;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    boolean isAccepted() {
        return accepted;
    }

    String getExerciseSlug() {
        return exerciseSlug;
    }

    Integer getRepsBefore() {
        return repsBefore;
    }

    Integer getRepsAfter() {
        return repsAfter;
    }
}

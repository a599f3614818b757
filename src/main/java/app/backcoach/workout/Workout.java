package app.backcoach.workout;

import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.Pain;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One workout of one person: made when it starts, so that every set can be saved as soon as it is done. */
@Entity
@Table(name = "workout")
class Workout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private Long routineId;
    private String routineName;
    private Instant startedAt;
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    private WorkoutStatus status;
    private int setsPlanned;
    private Integer painBefore;
    private Integer painAfter;
    private boolean interrupted;
    private int attempt = 1;
    @Enumerated(EnumType.STRING)
    private LegSymptoms legSymptoms;
    @Version
    private long version;

    protected Workout() {
    }

    Workout(long userId, Long routineId, String routineName, Instant startedAt, int setsPlanned, Integer painBefore) {
        this.painBefore = Pain.requireValid(painBefore);
        this.userId = userId;
        this.routineId = routineId;
        this.routineName = routineName;
        this.startedAt = startedAt;
        this.setsPlanned = setsPlanned;
        this.status = WorkoutStatus.IN_PROGRESS;
    }

    Long getId() {
        return id;
    }

    WorkoutStatus getStatus() {
        return status;
    }

    void ratePainAfter(Integer rating) {
        this.painAfter = Pain.requireValid(rating);
    }

    void setLegSymptoms(LegSymptoms legSymptoms) {
        this.legSymptoms = legSymptoms;
    }

    /** Left without its end (the page went away, the server stopped): partial, and resumable for a while. */
    void interrupt(Instant endedAt) {
        end(WorkoutStatus.PARTIAL, endedAt);
        interrupted = true;
    }

    /** Goes on after an interruption: running again, as one workout. */
    void resume() {
        status = WorkoutStatus.IN_PROGRESS;
        endedAt = null;
        interrupted = false;
        attempt++;
    }

    int getAttempt() {
        return attempt;
    }

    long getUserId() {
        return userId;
    }

    boolean isInterrupted() {
        return interrupted;
    }

    Long getRoutineId() {
        return routineId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    Integer getPainBefore() {
        return painBefore;
    }

    int getSetsPlanned() {
        return setsPlanned;
    }

    void end(WorkoutStatus status, Instant endedAt) {
        this.status = status;
        this.endedAt = endedAt;
    }
}

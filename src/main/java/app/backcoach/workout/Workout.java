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

    void end(WorkoutStatus status, Instant endedAt) {
        this.status = status;
        this.endedAt = endedAt;
    }
}

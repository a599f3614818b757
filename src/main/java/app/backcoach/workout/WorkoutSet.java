package app.backcoach.workout;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A set that was done, stored the moment it ended. */
@Entity
@Table(name = "workout_set")
class WorkoutSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long workoutId;
    private long userId;
    private String exerciseSlug;
    private String exerciseName;
    private int setNumber;
    private String side;
    private int repsDone;
    private int repsPlanned;
    private int holdSecondsPlanned;
    private String measuredHoldMillis;
    private Instant startedAt;
    private Instant endedAt;

    protected WorkoutSet() {
    }

    WorkoutSet(long workoutId, long userId, String exerciseSlug, String exerciseName, int setNumber, String side,
               int repsDone, int repsPlanned, int holdSecondsPlanned, String measuredHoldMillis, Instant startedAt,
               Instant endedAt) {
        this.workoutId = workoutId;
        this.userId = userId;
        this.exerciseSlug = exerciseSlug;
        this.exerciseName = exerciseName;
        this.setNumber = setNumber;
        this.side = side;
        this.repsDone = repsDone;
        this.repsPlanned = repsPlanned;
        this.holdSecondsPlanned = holdSecondsPlanned;
        this.measuredHoldMillis = measuredHoldMillis;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
    }

    SetRecord toRecord() {
        return new SetRecord(exerciseSlug, exerciseName, setNumber, side, repsDone, repsPlanned, holdSecondsPlanned,
                SetRecord.parseMillis(measuredHoldMillis), startedAt, endedAt);
    }
}

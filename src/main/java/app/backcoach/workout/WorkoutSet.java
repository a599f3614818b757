package app.backcoach.workout;

import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.Side;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
    private Integer exercisePosition;
    private int setNumber;
    @Enumerated(EnumType.STRING)
    private Side side;
    private int repsDone;
    private int repsPlanned;
    private int holdSecondsPlanned;
    @Convert(converter = MillisList.class)
    private List<Long> measuredHoldMillis;
    private Instant startedAt;
    private Instant endedAt;

    protected WorkoutSet() {
    }

    WorkoutSet(long workoutId, long userId, CompletedSet done) {
        this.workoutId = workoutId;
        this.userId = userId;
        this.exerciseSlug = done.exerciseSlug();
        this.exerciseName = done.exerciseName();
        this.exercisePosition = done.exercisePosition();
        this.setNumber = done.setNumber();
        this.side = done.side();
        this.repsDone = done.repsDone();
        this.repsPlanned = done.repsPlanned();
        this.holdSecondsPlanned = done.holdSecondsPlanned();
        this.measuredHoldMillis = done.measuredHoldMillis();
        this.startedAt = done.startedAt();
        this.endedAt = done.endedAt();
    }

    CompletedSet done() {
        return new CompletedSet(exerciseSlug, exerciseName, exercisePosition == null ? 1 : exercisePosition, setNumber, side, repsDone, repsPlanned, holdSecondsPlanned,
                measuredHoldMillis, startedAt, endedAt);
    }

    /** The measured holds are stored as milliseconds, comma-separated, in rep order. */
    @Converter
    static class MillisList implements AttributeConverter<List<Long>, String> {

        @Override
        public String convertToDatabaseColumn(List<Long> millis) {
            return millis == null ? "" : millis.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        @Override
        public List<Long> convertToEntityAttribute(String millis) {
            return parse(millis);
        }

        static List<Long> parse(String millis) {
            return millis == null || millis.isBlank() ? List.of()
                    : Arrays.stream(millis.split(",")).map(Long::valueOf).toList();
        }
    }
}

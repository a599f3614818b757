package app.backcoach.routine;

import app.backcoach.exercise.Dose;
import app.backcoach.exercise.SideMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One exercise of a routine, with the dose this routine gives it. */
@Entity
@Table(name = "routine_exercise")
class RoutineExercise {

    /** The values of one exercise row, checked by the service before they get here. */
    record Values(long exerciseId, int holdSeconds, int reps, int sets, int restSeconds, SideMode sideMode) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routine_id")
    private Routine routine;
    private int position;
    private long exerciseId;
    @Min(Dose.MIN_HOLD_SECONDS)
    @Max(Dose.MAX_HOLD_SECONDS)
    private int holdSeconds;
    @Min(Dose.MIN_REPS)
    @Max(Dose.MAX_REPS)
    private int reps;
    @Min(Dose.MIN_SETS)
    @Max(Dose.MAX_SETS)
    private int sets;
    @Min(RoutineItem.MIN_REST_SECONDS)
    @Max(RoutineItem.MAX_REST_SECONDS)
    private int restSeconds;
    @NotNull
    @Enumerated(EnumType.STRING)
    private SideMode sideMode;

    protected RoutineExercise() {
    }

    RoutineExercise(Routine routine, int position, Values values) {
        this.routine = routine;
        this.position = position;
        set(values);
    }

    void set(Values values) {
        exerciseId = values.exerciseId();
        holdSeconds = values.holdSeconds();
        reps = values.reps();
        sets = values.sets();
        restSeconds = values.restSeconds();
        sideMode = values.sideMode();
    }

    Values values() {
        return new Values(exerciseId, holdSeconds, reps, sets, restSeconds, sideMode);
    }

    void addRep(int most) {
        reps = ProgressionRule.repsAfterStep(reps, most);
    }

    long getExerciseId() {
        return exerciseId;
    }

    int getHoldSeconds() {
        return holdSeconds;
    }

    int getReps() {
        return reps;
    }

    int getSets() {
        return sets;
    }

    int getRestSeconds() {
        return restSeconds;
    }

    SideMode getSideMode() {
        return sideMode;
    }
}

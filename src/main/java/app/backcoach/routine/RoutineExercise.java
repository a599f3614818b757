package app.backcoach.routine;

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

/** One exercise of a routine, with the dose this routine gives it. */
@Entity
@Table(name = "routine_exercise")
class RoutineExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routine_id")
    private Routine routine;
    private int position;
    private long exerciseId;
    private int holdSeconds;
    private int reps;
    private int sets;
    private int restSeconds;
    @Enumerated(EnumType.STRING)
    private SideMode sideMode;

    protected RoutineExercise() {
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

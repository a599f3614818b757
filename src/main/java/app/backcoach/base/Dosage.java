package app.backcoach.base;

/** How much of an exercise: each hold's seconds, reps (per side where {@link #perSide()}), and sets. */
public interface Dosage {

    int holdSeconds();

    int reps();

    int sets();

    boolean perSide();
}

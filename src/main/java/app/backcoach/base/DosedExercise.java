package app.backcoach.base;

/** An exercise of a routine by name, with its dose: a line of a routine's summary. */
public record DosedExercise(String name, Dosage dose) {
}

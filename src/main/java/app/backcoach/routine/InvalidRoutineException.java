package app.backcoach.routine;

/** A draft breaks a rule that the editor checks too (a limit, an unknown exercise); nothing was stored. */
public class InvalidRoutineException extends IllegalArgumentException {

    public InvalidRoutineException(String message) {
        super(message);
    }
}

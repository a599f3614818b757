package app.backcoach.workout;

/** A workout cannot start: the person's red-flag check does not allow one now (not taken, due, or a warning sign). */
public class SafetyCheckRequiredException extends IllegalStateException {

    SafetyCheckRequiredException() {
        super("the safety check does not allow a workout now");
    }
}

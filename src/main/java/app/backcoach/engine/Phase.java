package app.backcoach.engine;

/** The phases a workout moves through. See {@link PhaseDurations} for the fixed lengths. */
public enum Phase {
    /** Before the first hold of the workout and after each next-exercise preview. */
    GET_READY,
    /** Holding the position for the exercise's hold time; the only phase that counts a rep. */
    HOLD,
    /** Short pause between two holds of the same set. */
    RELAX,
    /** The exercise's rest between two sets. */
    REST,
    /** Between the left and the right half of a set (LEFT_THEN_RIGHT only). */
    SWITCH_SIDES,
    /** Preview of the next exercise, after an exercise's last set; followed by GET_READY. */
    NEXT_EXERCISE,
    /** The workout is over; terminal. */
    DONE
}

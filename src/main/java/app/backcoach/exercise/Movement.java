package app.backcoach.exercise;

/** The direction in which an exercise moves the low back; it decides which routines an exercise suits. */
public enum Movement {
    FLEXION, EXTENSION, ROTATION, NEUTRAL
}
